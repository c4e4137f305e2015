/**
 * The persistent cache (`--cache`): per file, its summary and its per-file findings, keyed by the
 * file's content hash and by everything else the per-file step reads (faq-lint version, resolved
 * config, run settings). Cross-file findings are never cached: they are recomputed from summaries
 * on every run, so a changed heading re-checks the links into it from unchanged files.
 *
 * One JSON file per cache location. Written atomically (temp file + rename); a file that cannot
 * be read or parsed, or was written by another faq-lint version, is treated as empty.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../rules/index.js';
import { VERSION } from '../meta.js';
import type { FileSummary, Finding } from '../types.js';

/** Name of the cache file inside a cache folder. */
export const CACHE_FILE_NAME = 'cache.json';

/** Bumped when the cache file's shape (or the summary's) changes. */
const FORMAT = 2;

/**
 * What invalidates every entry at once: the format, the package version, and the rule set (so a
 * development build that adds a rule without a version bump does not reuse stale findings).
 */
const GENERATION = sha1(JSON.stringify([FORMAT, VERSION, allRules.map((rule) => rule.meta.id)]));

/** One file's cached work. */
interface CacheEntry {
  /** Content hash of the file's text. */
  hash: string;
  /** Docset-relative path the summary was made for (paths appear in summaries). */
  path: string;
  summary: FileSummary;
  /** Per-file findings, with the key of the inputs (config, settings) they were made with. */
  findings?: { key: string; findings: Finding[] };
}

interface CacheFile {
  generation: string;
  /** By absolute path. */
  entries: Record<string, CacheEntry>;
}

/** A hex digest of a string: content hashes and input keys. */
export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * The key of a per-file step's inputs other than the text: any field added to the step's input
 * (a rule option, a run setting, a previous version of the file) changes the key.
 */
export function inputKey(inputs: unknown): string {
  return sha1(stableJson(inputs));
}

/**
 * `inputKey` for the many files of a run that share their inputs, memoised on the inputs' plain
 * JSON (native and fast; a different key order only costs a cache miss, never a wrong hit).
 */
export class InputKeys {
  private readonly known = new Map<string, string>();

  of(inputs: unknown): string {
    const json = JSON.stringify(inputs);
    let key = this.known.get(json);
    if (!key) this.known.set(json, (key = inputKey(inputs)));
    return key;
  }
}

/** JSON with object keys sorted, so equal inputs give equal keys whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => stableJson(item)).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export class LintCache {
  private entries: Record<string, CacheEntry>;
  private dirty = false;

  private constructor(
    /** The cache file's absolute path. */
    readonly file: string,
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = entries;
  }

  /** Open the cache in `location` (a folder); a missing, unreadable or stale file starts empty. */
  static open(location: string): LintCache {
    const file = path.join(location, CACHE_FILE_NAME);
    return new LintCache(file, readEntries(file));
  }

  /** The cached summary of a file whose text has hash `hash`, made for docset path `relative`. */
  summary(absolute: string, relative: string, hash: string): FileSummary | undefined {
    const entry = this.entries[absolute];
    return entry && entry.hash === hash && entry.path === relative ? entry.summary : undefined;
  }

  /** The cached per-file step of a file, when its text and inputs are unchanged. */
  processed(absolute: string, relative: string, hash: string, key: string): { summary: FileSummary; findings: Finding[] } | undefined {
    const entry = this.entries[absolute];
    if (!entry || entry.hash !== hash || entry.path !== relative || entry.findings?.key !== key) return undefined;
    return { summary: entry.summary, findings: entry.findings.findings };
  }

  /** Remember a summary (and the per-file findings, when the file was linted). */
  store(absolute: string, relative: string, hash: string, summary: FileSummary, findings?: { key: string; findings: Finding[] }): void {
    const previous = this.entries[absolute];
    // A summary-only store (an on-demand target) keeps findings made for the same text.
    const kept = !findings && previous && previous.hash === hash && previous.path === relative ? previous.findings : undefined;
    this.entries[absolute] = { hash, path: relative, summary, findings: findings ?? kept };
    this.dirty = true;
  }

  /** Forget a file (unreadable now, or no longer a file faq-lint lints). */
  forget(absolute: string): void {
    if (!(absolute in this.entries)) return;
    delete this.entries[absolute];
    this.dirty = true;
  }

  /**
   * Write the cache when it changed: to a temp file, then renamed over the old one, so a reader
   * never sees half a file. Written entry by entry: one JSON string of a large docset's cache
   * (60 MB for cpp-docs) would double the run's peak memory.
   */
  save(): void {
    if (!this.dirty) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    try {
      const fd = openSync(temp, 'w');
      try {
        let chunk = `{"generation":${JSON.stringify(GENERATION)},"entries":{`;
        let first = true;
        for (const [absolute, entry] of Object.entries(this.entries)) {
          chunk += `${first ? '' : ','}${JSON.stringify(absolute)}:${JSON.stringify(entry)}`;
          first = false;
          if (chunk.length > 1 << 20) {
            writeSync(fd, chunk);
            chunk = '';
          }
        }
        writeSync(fd, `${chunk}}}`);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, this.file);
      this.dirty = false;
    } finally {
      rmSync(temp, { force: true });
    }
  }
}

function readEntries(file: string): Record<string, CacheEntry> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<CacheFile> | null;
    if (!data || typeof data !== 'object' || data.generation !== GENERATION || !data.entries || typeof data.entries !== 'object' || Array.isArray(data.entries)) return Object.create(null) as Record<string, CacheEntry>;
    const entries = Object.create(null) as Record<string, CacheEntry>;
    for (const [absolute, entry] of Object.entries(data.entries)) {
      if (isEntry(entry)) entries[absolute] = entry;
    }
    return entries;
  } catch {
    // Missing, unreadable or corrupt: a cache is an optimisation, never a reason to fail.
    return Object.create(null) as Record<string, CacheEntry>;
  }
}

/** A shallow shape check: enough that a hand-edited or truncated entry is dropped, not trusted. */
function isEntry(value: unknown): value is CacheEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<CacheEntry>;
  const summary = entry.summary as Partial<FileSummary> | undefined;
  const findingsOk = entry.findings === undefined || (typeof entry.findings === 'object' && entry.findings !== null && typeof entry.findings.key === 'string' && Array.isArray(entry.findings.findings));
  return typeof entry.hash === 'string' && typeof entry.path === 'string' && !!summary && typeof summary === 'object' && Array.isArray(summary.headings) && Array.isArray(summary.anchors) && Array.isArray(summary.references) && Array.isArray(summary.directives) && findingsOk;
}
