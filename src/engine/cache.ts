/**
 * The persistent cache (`--cache`): per file, its summary and its per-file findings, keyed by the
 * file's content hash and by everything else the per-file step reads (faq-lint version, resolved
 * config, run settings). Cross-file findings are not cached per file: they are recomputed from
 * summaries, so a changed heading re-checks the links into it from unchanged files. Only a whole
 * run where nothing it read changed reuses them (`run-cache.ts`); its entries are then never read.
 *
 * One JSON file per cache location, read through the source module. Written atomically (temp
 * file + rename); a file that cannot be read or parsed, or was written by another faq-lint
 * version, is treated as empty, and an entry that is not exactly what faq-lint writes is dropped
 * (`cache-entry.ts`). A cache is an optimisation: no cache problem ever fails a run. A location
 * that cannot be used gives one warning and the run goes on without a cache.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../rules/index.js';
import { VERSION } from '../meta.js';
import { ensureFolder } from '../output/ensure-folder.js';
import { parseJson } from '../source/json.js';
import { readBytes } from '../source/read.js';
import { decodeSource } from '../source/text.js';
import type { FileSummary, Finding } from '../types.js';
import { isCacheEntry, type CacheEntry } from './cache-entry.js';

/** Name of the cache file inside a cache folder. */
export const CACHE_FILE_NAME = 'cache.json';

/** Bumped when the cache file's shape (or the summary's) changes. */
const FORMAT = 5;

/**
 * What invalidates every entry at once: the format, the package version, and the rule set (so a
 * development build that adds a rule without a version bump does not reuse stale findings).
 */
export const GENERATION = sha1(JSON.stringify([FORMAT, VERSION, allRules.map((rule) => rule.meta.id)]));

/** The cache file may be large (60 MB for cpp-docs); this only bounds what a planted file costs. */
const MAX_CACHE_BYTES = 1024 * 1024 * 1024;

const KNOWN_RULES: ReadonlySet<string> = new Set(allRules.map((rule) => rule.meta.id));

/** Per-file findings as cached: at most the cap per rule, and how many more each rule had. */
export interface CachedFindings {
  findings: Finding[];
  omitted?: Record<string, number>;
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
 * `inputKey` for the many files of a run that share their inputs, memoised on the identity of
 * each object field and the value of each other field: the run shares one resolved config and
 * settings object among the files they apply to (`planJobs`), and serialising that config once
 * per file was an eighth of a warm cpp-docs run. Equal objects that are not the same object
 * only cost computing the same key again, never a wrong one. The objects must not change once
 * keyed (configs and settings never do).
 */
export class InputKeys {
  private readonly known = new Map<string, string>();
  private readonly ids = new WeakMap<object, number>();
  private count = 0;

  of(inputs: Record<string, unknown>): string {
    const signature = Object.keys(inputs)
      .sort()
      .map((field) => `${field}:${this.identify(inputs[field])}`)
      .join(',');
    let key = this.known.get(signature);
    if (!key) this.known.set(signature, (key = inputKey(inputs)));
    return key;
  }

  private identify(value: unknown): string {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'undefined';
    let id = this.ids.get(value);
    if (id === undefined) this.ids.set(value, (id = this.count++));
    return `#${id}`;
  }
}

/** JSON with object keys sorted, so equal inputs give equal keys whatever their key order. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => stableJson(item)).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export class LintCache {
  private loaded: Record<string, CacheEntry> | undefined;
  private dirty = false;

  private constructor(
    /** The cache file's absolute path. */
    readonly file: string,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * The entries, read on first use: a run whose whole outcome is cached (`run-cache.ts`) never
   * parses the per-file cache (65 MB for cpp-docs).
   */
  private get entries(): Record<string, CacheEntry> {
    return (this.loaded ??= readEntries(this.file));
  }

  /**
   * Open the cache in `location` (a folder, created if missing); a missing, unreadable or stale
   * file starts empty. Undefined, after one `warn`, when the folder cannot be made or used.
   */
  static open(location: string, warn: (message: string) => void = () => {}): LintCache | undefined {
    try {
      ensureFolder(location);
    } catch (error) {
      warn(
        `cannot use the cache folder ${location} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); linting without a cache`,
      );
      return undefined;
    }
    const file = path.join(location, CACHE_FILE_NAME);
    return new LintCache(file, warn);
  }

  /** The cached summary of a file whose text has hash `hash`, made for docset path `relative`. */
  summary(absolute: string, relative: string, hash: string): FileSummary | undefined {
    const entry = this.entries[absolute];
    return entry && entry.hash === hash && entry.path === relative ? entry.summary : undefined;
  }

  /** The cached per-file step of a file, when its text and inputs are unchanged. */
  processed(
    absolute: string,
    relative: string,
    hash: string,
    key: string,
  ): ({ summary: FileSummary } & CachedFindings) | undefined {
    const entry = this.entries[absolute];
    if (!entry || entry.hash !== hash || entry.path !== relative || entry.findings?.key !== key) return undefined;
    const { findings, omitted } = entry.findings;
    return omitted ? { summary: entry.summary, findings, omitted } : { summary: entry.summary, findings };
  }

  /** Remember a summary (and the per-file findings, when the file was linted). */
  store(
    absolute: string,
    relative: string,
    hash: string,
    summary: FileSummary,
    findings?: { key: string } & CachedFindings,
  ): void {
    const previous = this.entries[absolute];
    // A summary-only store (an on-demand target) keeps findings made for the same text.
    const kept =
      !findings && previous && previous.hash === hash && previous.path === relative ? previous.findings : undefined;
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
   * (60 MB for cpp-docs) would double the run's peak memory. False (after one warning) when it could not be written.
   */
  save(): boolean {
    if (!this.dirty) return true;
    try {
      this.write();
      return true;
    } catch (error) {
      this.warn(
        `cannot write the cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); this run's results were not cached`,
      );
      return false;
    }
  }

  private write(): void {
    ensureFolder(path.dirname(this.file));
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

/** The entries of a cache file that can be used; missing, unreadable, corrupt or foreign: none. */
function readEntries(file: string): Record<string, CacheEntry> {
  const entries = Object.create(null) as Record<string, CacheEntry>;
  const read = readBytes(file, { maxBytes: MAX_CACHE_BYTES });
  const source = read.ok ? decodeSource(read.bytes) : undefined;
  const parsed = source?.ok ? parseJson(source.text) : undefined;
  const data = parsed?.ok ? (parsed.value as Partial<CacheFile> | null) : undefined;
  if (
    !data ||
    typeof data !== 'object' ||
    data.generation !== GENERATION ||
    !data.entries ||
    typeof data.entries !== 'object' ||
    Array.isArray(data.entries)
  )
    return entries;
  for (const [absolute, entry] of Object.entries(data.entries)) {
    if (path.isAbsolute(absolute) && isCacheEntry(entry, KNOWN_RULES)) entries[absolute] = entry;
  }
  return entries;
}
