/**
 * The cache of a whole run (`--cache`): the findings and notes of every linted file, kept under a
 * key of everything the run read, so that a run where nothing changed reuses them without loading
 * a single summary or running a rule.
 *
 * What the key covers (any difference, and the run is made again from the per-file cache):
 * - the run's identity: faq-lint's version and cache format, the working folder, the time limit,
 *   and per linted file its path, docset and the key of its inputs (resolved config, run settings
 *   with "today");
 * - each linted file's content (hash of its text, or why it could not be read);
 * - each docset's roots, dependent repositories and the listing of every file and folder in it
 *   (a new or deleted file anywhere in the docset changes link results);
 * - every other file the run read, through `readSource` (`src/source/read-log.ts`): config files,
 *   docfx.json, the publishing config, redirection files, zone pivot definitions, link and include
 *   targets outside the lint set, each with its digest;
 * - the walk for redirection files outside the docset, when the run made it.
 * A run is not kept when part of it depended on timing (a file stopped at its time limit or heap
 * cap, a target summary declined) or on the disk in ways no listing pins (symlinked folders,
 * whose files are looked up one by one), or when a file changed while the run read it.
 *
 * One JSON file per run identity under `runs/` in the cache folder, the latest few kept. Like the
 * per-file cache, a record that cannot be read or is not exactly what faq-lint writes is ignored,
 * and no problem with it fails a run.
 */
import { closeSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { allRules } from '../../rules/index.js';
import type { Docset } from '../docset/docset.js';
import { ensureFolder } from '../output/ensure-folder.js';
import { parseJson } from '../source/json.js';
import { readBytes } from '../source/read.js';
import { digestSource, type LoggedRead, type ReadLog, type SourceDigest } from '../source/read-log.js';
import { decodeSource, digestFile, readSource } from '../source/text.js';
import { GENERATION, InputKeys, sha1, stableJson } from './cache.js';
import { isCount, isFinding, isLine, isObject } from './cache-entry.js';
import type { FileResult } from './file-result.js';
import type { RunNote } from './notes.js';
import type { Job } from './plan.js';

/** The folder of run records inside a cache folder. */
export const RUNS_FOLDER = 'runs';

/** Run records kept per cache folder (one per run identity: the paths and settings linted). */
const KEPT_RUNS = 4;

/** A record may be large (about 7 MB for cpp-docs); this only bounds what a planted file costs. */
const MAX_RECORD_BYTES = 512 * 1024 * 1024;

const KNOWN_RULES: ReadonlySet<string> = new Set(allRules.map((rule) => rule.meta.id));

/** What a whole run gave: its results and notes, as `lint()` returns them. */
export interface RunOutcome {
  results: FileResult[];
  notes: RunNote[];
}

/** One docset of a run: what it was built from, and the redirection walk when the run made it. */
interface DocsetRecord {
  root: string;
  inputs: string;
  redirectionFiles?: string;
}

interface RunRecord {
  generation: string;
  identity: string;
  /** The digests of every linted file's read, in job order. */
  files: string;
  docsets: DocsetRecord[];
  reads: LoggedRead[];
  outcome: RunOutcome;
}

/** Per job, the digest of the text it was linted from (filled by the per-file stage, or up front). */
export type Stamps = Map<Job, SourceDigest>;

/** Read every job's file as the per-file stage reads it, and stamp it. */
export function stampJobs(jobs: readonly Job[]): Stamps {
  const stamps: Stamps = new Map();
  for (const job of jobs) stamps.set(job, digestFile(job.absolute, { root: job.docset.roots.repoRoot }));
  return stamps;
}

/** The identity of a run: what it lints, with which inputs, from where (a record's file name). */
export function runIdentity(jobs: readonly Job[], settings: { cwd: string; limitMs: number }): string {
  const keys = new InputKeys();
  const lines = [GENERATION, settings.cwd, String(settings.limitMs), process.env.FAQ_LINT_SUMMARY ?? ''];
  for (const job of jobs)
    lines.push(
      `${job.absolute}\0${job.relative}\0${job.docset.root}\0${keys.of({ config: job.config, settings: job.settings })}`,
    );
  return sha1(lines.join('\n'));
}

/** The digest of every job's stamp, in order; undefined when a job has none. */
function filesDigest(jobs: readonly Job[], stamps: Stamps): string | undefined {
  const digests: string[] = [];
  for (const job of jobs) {
    const stamp = stamps.get(job);
    if (!stamp) return undefined;
    digests.push(stamp.digest);
  }
  return sha1(digests.join('\n'));
}

/** The docsets of the jobs, in order of first use. */
function docsetsOf(jobs: readonly Job[]): Docset[] {
  return [...new Set(jobs.map((job) => job.docset))];
}

function docsetRecord(docset: Docset, withWalk: boolean): DocsetRecord | undefined {
  const inputs = docset.buildInputs();
  if (inputs === undefined) return undefined;
  const record: DocsetRecord = { root: docset.root, inputs: sha1(stableJson(inputs)) };
  if (withWalk) record.redirectionFiles = sha1(docset.outsideRedirectionFiles().join('\n'));
  return record;
}

/** The run records of one cache folder. */
export class RunCache {
  private constructor(
    /** The folder of run records. */
    readonly folder: string,
    private readonly warn: (message: string) => void,
  ) {}

  /** The run records kept in the cache folder `location` (which `LintCache.open` made). */
  static in(location: string, warn: (message: string) => void = () => {}): RunCache {
    return new RunCache(path.join(location, RUNS_FOLDER), warn);
  }

  private fileOf(identity: string): string {
    return path.join(this.folder, `${identity}.json`);
  }

  /** Whether a record of this identity exists (then the files are worth stamping up front). */
  has(identity: string): boolean {
    try {
      return statSync(this.fileOf(identity)).isFile();
    } catch {
      return false;
    }
  }

  /**
   * The outcome of the run recorded under `identity`, when everything it read reads the same
   * now: the linted files (`stamps`), the docsets' listings and every logged read.
   */
  lookup(identity: string, jobs: readonly Job[], stamps: Stamps): RunOutcome | undefined {
    const record = readRecord(this.fileOf(identity));
    if (!record || record.identity !== identity || record.files !== filesDigest(jobs, stamps)) return undefined;
    const docsets = docsetsOf(jobs);
    if (docsets.length !== record.docsets.length) return undefined;
    for (const [i, docset] of docsets.entries()) {
      const stored = record.docsets[i]!;
      const now = docsetRecord(docset, stored.redirectionFiles !== undefined);
      if (!now || now.root !== stored.root || now.inputs !== stored.inputs) return undefined;
      if (now.redirectionFiles !== stored.redirectionFiles) return undefined;
    }
    for (const read of record.reads) {
      const source = readSource(read.file, { root: read.root, maxBytes: read.maxBytes, unlogged: true });
      if (digestSource(source).digest !== read.digest) return undefined;
    }
    return record.outcome;
  }

  /**
   * Keep a run's outcome under its identity, when the whole run can be: every file stamped, every
   * read stable, nothing decided by timing or read from the disk on demand. Never fails the run.
   */
  store(identity: string, jobs: readonly Job[], stamps: Stamps, log: ReadLog, outcome: RunOutcome): void {
    const files = filesDigest(jobs, stamps);
    if (files === undefined || !log.stable) return;
    if (jobs.some((job) => job.early.some((finding) => finding.ruleId === 'file-too-complex'))) return;
    const docsets: DocsetRecord[] = [];
    for (const docset of docsetsOf(jobs)) {
      if (docset.declinedSummaries > 0) return;
      const record = docsetRecord(docset, docset.walkedForRedirections());
      if (!record) return;
      docsets.push(record);
    }
    const record: RunRecord = { generation: GENERATION, identity, files, docsets, reads: log.entries(), outcome };
    try {
      this.write(this.fileOf(identity), JSON.stringify(record));
      this.prune();
    } catch (error) {
      this.warn(
        `cannot write the cache ${this.folder} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); this run's results were not cached`,
      );
    }
  }

  private write(file: string, text: string): void {
    ensureFolder(this.folder);
    const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
    try {
      const fd = openSync(temp, 'w');
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
      renameSync(temp, file);
    } finally {
      rmSync(temp, { force: true });
    }
  }

  /** Keep the latest few records (each run identity writes its own). */
  private prune(): void {
    const records = readdirSync(this.folder)
      .filter((name) => /^[0-9a-f]{40}\.json$/.test(name))
      .map((name) => {
        const file = path.join(this.folder, name);
        return { file, time: statSync(file).mtimeMs };
      })
      .sort((a, b) => b.time - a.time);
    for (const { file } of records.slice(KEPT_RUNS)) rmSync(file, { force: true });
  }
}

/** A run record that can be used; missing, unreadable, corrupt, foreign or tampered: none. */
function readRecord(file: string): RunRecord | undefined {
  const read = readBytes(file, { maxBytes: MAX_RECORD_BYTES });
  const source = read.ok ? decodeSource(read.bytes) : undefined;
  const parsed = source?.ok ? parseJson(source.text) : undefined;
  const value = parsed?.ok ? parsed.value : undefined;
  return isRunRecord(value) ? value : undefined;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isRunRecord(value: unknown): value is RunRecord {
  if (!isObject(value) || value.generation !== GENERATION || !isString(value.identity) || !isString(value.files))
    return false;
  const { docsets, reads, outcome } = value;
  return (
    Array.isArray(docsets) &&
    docsets.every(
      (d) =>
        isObject(d) &&
        isString(d.root) &&
        isString(d.inputs) &&
        (d.redirectionFiles === undefined || isString(d.redirectionFiles)),
    ) &&
    Array.isArray(reads) &&
    reads.every(
      (r) =>
        isObject(r) &&
        isString(r.file) &&
        path.isAbsolute(r.file) &&
        isString(r.digest) &&
        (r.root === undefined || isString(r.root)) &&
        (r.maxBytes === undefined || isCount(r.maxBytes, 1)),
    ) &&
    isObject(outcome) &&
    Array.isArray(outcome.results) &&
    outcome.results.every(isFileResult) &&
    Array.isArray(outcome.notes) &&
    outcome.notes.every(isNote)
  );
}

/** A file's results as the engine makes them: known rules, printable messages, counts that add up. */
function isFileResult(value: unknown): boolean {
  if (
    !isObject(value) ||
    !isString(value.filePath) ||
    !path.isAbsolute(value.filePath) ||
    !isLine(value.path) ||
    !isString(value.docsetRoot) ||
    !Array.isArray(value.findings) ||
    !value.findings.every((finding) => isFinding(finding, KNOWN_RULES))
  )
    return false;
  const findings = value.findings as { severity: number }[];
  return (
    value.errorCount === findings.filter((f) => f.severity === 2).length &&
    value.warningCount === findings.filter((f) => f.severity === 1).length
  );
}

const NOTE_KINDS = new Set<RunNote['kind']>([
  'dependent-repository-unavailable',
  'redirection-file-unreadable',
  'links-in-moniker-zones',
  'changed-mode-full-run',
]);

/** A run note: a known kind, and every field a printable line or a count. */
function isNote(value: unknown): boolean {
  return (
    isObject(value) &&
    NOTE_KINDS.has(value.kind as RunNote['kind']) &&
    Object.values(value).every((field) => isLine(field) || isCount(field))
  );
}
