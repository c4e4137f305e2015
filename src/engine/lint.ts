/**
 * The lint run: discover files, find their docsets, parse and summarise each file with its
 * per-file rules, run the cross-file rules over the summaries, apply inline directives, and
 * return findings per file in a stable order.
 */
import path from 'node:path';
import { discover, discoverAmong } from './discover.js';
import { isChangedMode, selectChangedFiles } from '../changed/select.js';
import { ConfigLoader } from '../config/load.js';
import type { CommandLineRules } from '../config/resolve.js';
import type { Docset } from '../docset/docset.js';
import type { FileSummary, Rule, UncheckedBookmark, UncheckedZoneLink } from '../types.js';
import { BUILT_IN, RuleSet } from './rule-set.js';
import { fullRunNote, redirectionNotes, runNotes, type RunNote } from './notes.js';
import { LintCache } from './cache.js';
import { defaultCacheLocation } from './cache-location.js';
import { findRoots } from '../docset/root.js';
import { finalFindings } from './cross-file.js';
import { GitBase } from './git-base.js';
import { GitBlobReader } from '../git/blob-reader.js';
import { planJobs, type Job } from './plan.js';
import { processJobs, summariseTargets } from './process-jobs.js';
import { targetsToSummarise } from './targets.js';
import { timeLimitMs } from './limits.js';
import { guardedSummariser, guardedWorker } from './guard.js';
import { MIN_FILES_FOR_WORKERS } from './pool.js';
import { rootsFor } from '../config/roots.js';
import { DeferredSignals } from '../output/signals.js';
import { TaskRunner } from './task-runner.js';
import { isIsoDate } from '../text/iso-date.js';
import { ReadLog } from '../source/read-log.js';
import { rememberRealRoots } from '../source/read.js';
import { RunCache, runIdentity, stampJobs, type Stamps } from './run-cache.js';
import type { FileResult } from './file-result.js';

export { discover, NoFilesMatchedError } from './discover.js';
export type { FileResult } from './file-result.js';

export interface LintOptions {
  /**
   * Paths and globs, relative to `cwd`; default `.`. Each one given must match a file
   * (NoFilesMatchedError otherwise); a path named here is linted even when .gitignore lists it.
   */
  patterns?: string[];
  cwd?: string;
  /** `--config`: one config file for every file. */
  configFile?: string;
  /** `--no-config`. */
  noConfig?: boolean;
  /**
   * False (`--no-js-config`) refuses JS config files with a ConfigError: loading one runs its
   * code, which a pull request controls (see docs/security.md). Default true.
   */
  allowJsConfig?: boolean;
  /** `--rule id:severity`, over every config. */
  commandLineRules?: CommandLineRules;
  /** "Today" as YYYY-MM-DD; default from `FAQ_LINT_NOW`, then the clock. */
  now?: string;
  /**
   * A git ref (`--changed-since`): rules that compare a file with its previous version
   * (ms-date-not-updated) get the file's text at this commit. An unknown ref throws GitError.
   */
  changedSince?: string;
  /**
   * `--staged` (pre-commit): each file is linted as staged (its index version, when it has one)
   * and compared with HEAD. `--fix` (fixRun) fixes only files whose working tree equals the index.
   * Ignored when `changedSince` is set.
   */
  staged?: boolean;
  /**
   * Lint exactly these files (absolute or relative to `cwd`) instead of expanding `patterns`:
   * no globbing, no .gitignore, config `ignores` still apply. Links and bookmarks are still
   * resolved against each file's whole docset, whose files are summarised only when a rule needs
   * them (in workers, and from the cache, when there are many). Combined with `changedSince` or
   * `staged`, the changed-files selection is made among these files.
   */
  files?: string[];
  /**
   * Worker threads for parsing and per-file rules. Undefined: sized to the cores when the run has
   * at least MIN_FILES_FOR_WORKERS (200) files, else in-process. 0: in-process. n >= 1: exactly n
   * threads whatever the run's size (needs the built code: `npm run build`). The findings are the
   * same either way.
   */
  workers?: number;
  /**
   * The time limit per file, in seconds (`--file-time-limit`, default `DEFAULT_FILE_TIME_LIMIT`):
   * a file still being parsed and checked after it gets one `file-too-complex` finding.
   */
  fileTimeLimit?: number;
  /** `--cache`: reuse per-file summaries and findings from earlier runs when nothing they depend on changed. */
  cache?: boolean;
  /**
   * `--cache-location`: the cache folder, relative to `cwd`. Default: `node_modules/.cache/faq-lint`
   * when a node_modules folder exists (in `cwd` or the repository root), else the user cache
   * folder (`$XDG_CACHE_HOME` or the platform's) under `faq-lint/<repository>-<hash>`.
   */
  cacheLocation?: string;
  /** Called as files are processed (done of total), for a progress display. */
  onProgress?: (done: number, total: number) => void;
  /**
   * Texts to lint instead of what is on disk (absolute path -> text without BOM): how `--fix`
   * re-lints its fixed texts before anything is written, and how `--fix-dry-run` never writes.
   * Under `staged`, such a text also stands for the file's index version: the findings are then
   * made on exactly the text `--fix` rewrites.
   */
  overlay?: ReadonlyMap<string, string>;
  /**
   * The rules of the run (default: faq-lint's own, `allRules`); `[...allRules, myRule]` adds a
   * rule made with `defineRule` (see docs/api.md). Config files, `commandLineRules` and inline
   * comments then set and silence it like any rule. Worker threads load only faq-lint's own
   * rules: with any other rule, the per-file stage runs in the main thread, one file at a time and
   * without the per-file time limit, and the cache is not used.
   */
  rules?: readonly Rule[];
}

export interface LintResult {
  results: FileResult[];
  errorCount: number;
  warningCount: number;
  /**
   * Problems of the run itself that did not stop it, once each: a cache that could not be used
   * (the run went on without it). The CLI prints them on stderr.
   */
  warnings?: string[];
  /** What the run could not check, once each (see `src/engine/notes.ts`); every format shows them. */
  notes?: RunNote[];
}

/** Today's date as YYYY-MM-DD (UTC), or the override; a malformed override is a RangeError, never ignored. */
export function today(override = process.env.FAQ_LINT_NOW): string {
  if (override === undefined || override === '') return new Date().toISOString().slice(0, 10);
  if (!isIsoDate(override))
    throw new RangeError(`"today" must be a date as YYYY-MM-DD, got '${override}' (FAQ_LINT_NOW or the now option)`);
  return override;
}

/**
 * Lint files; throws ConfigError for a bad config (the CLI exits 2 on it).
 *
 * Stages: discover (or take `files`) -> plan jobs (config, docset, settings per file) -> process
 * files (read, cache, parse + summarise + per-file rules, in-process or in worker threads) ->
 * merge summaries in file order -> summarise link targets outside the lint set -> cross-file
 * rules and directives -> sorted results. Only summaries and findings outlive a file's stage.
 */
export async function lint(options: LintOptions = {}): Promise<LintResult> {
  // The whole run is cached only where it is a function of the files on disk: not in changed
  // mode (git versions), not on texts given in `overlay`, not with rules from outside.
  const wholeRunCacheable = !!options.cache && !options.rules && !isChangedMode(options) && !options.overlay;
  // Logs every read from here on, config files included, as the run cache's key (`run-cache.ts`).
  const log = wholeRunCacheable ? new ReadLog().start() : undefined;
  const forgetRealRoots = rememberRealRoots();
  try {
    return await lintFiles(options, log);
  } finally {
    forgetRealRoots();
    log?.stop();
  }
}

async function lintFiles(options: LintOptions, log: ReadLog | undefined): Promise<LintResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const rules = options.rules ? new RuleSet(options.rules) : BUILT_IN;
  const loader = new ConfigLoader(
    rules.rules,
    options.configFile && path.resolve(cwd, options.configFile),
    options.noConfig,
    { cwd, allowJs: options.allowJsConfig ?? true },
  );
  const now = today(options.now ?? process.env.FAQ_LINT_NOW);
  const limitMs = timeLimitMs(options.fileTimeLimit);

  const patterns = options.patterns && options.patterns.length > 0 ? options.patterns : ['.'];
  const discoverAll = async (): Promise<string[]> =>
    options.files
      ? explicitFiles(options.files, cwd)
      : discover(patterns, cwd, { requireMatches: patterns === options.patterns });
  // Changed mode: only the changed files and the files whose links the change breaks.
  const changedMode = isChangedMode(options);
  // The guarded worker loads the parser while the main thread asks git and discovers files.
  if (changedMode) guardedWorker().warmUp();
  const docsetRootOf = async (absolute: string): Promise<string> =>
    rootsFor(path.dirname(absolute), await loader.forDir(path.dirname(absolute)), cwd).docsetRoot;
  // With no paths named (the pre-commit hook), only the changed files are looked at, not the whole tree.
  const discoverAmongChanged =
    options.files || options.patterns?.length
      ? undefined
      : (candidates: readonly string[], repo: string) => discoverAmong(candidates, cwd, repo);
  // One `git cat-file` process reads every version changed mode needs, each once; it ends with the
  // run (and never keeps an ended run's process alive: see blob-reader.ts).
  const blobs = changedMode ? new GitBlobReader() : undefined;
  const selection = blobs
    ? await selectChangedFiles(discoverAll, {
        ...options,
        patterns,
        cwd,
        summarise: guardedSummariser(limitMs),
        blobs,
        docsetRootOf,
        discoverAmong: discoverAmongChanged,
      })
    : undefined;
  const files = selection?.files ?? (await discoverAll());
  if (!changedMode && files.length < MIN_FILES_FOR_WORKERS && options.workers === undefined) guardedWorker().warmUp();
  const jobs = await planJobs(files, { cwd, loader, commandLineRules: options.commandLineRules, now, limitMs, rules });
  // A change too large for changed mode to pay is linted as a full run, without the git base.
  const gitBase =
    blobs && !selection?.everything ? new GitBase(options.changedSince, blobs, selection?.repository) : undefined;

  const warnings: string[] = [];
  const warn = (message: string): void => void (warnings.includes(message) || warnings.push(message));
  const cache =
    options.cache && rules.builtIn
      ? LintCache.open(
          options.cacheLocation
            ? path.resolve(cwd, options.cacheLocation)
            : defaultCacheLocation(cwd, findRoots(cwd, cwd).repoRoot),
          warn,
        )
      : undefined;
  // A run where nothing it read changed: its recorded outcome, without loading a summary.
  const runCache = cache && log ? RunCache.in(path.dirname(cache.file), warn) : undefined;
  const identity = runCache && runIdentity(jobs, { cwd, limitMs });
  let stamps: Stamps | undefined;
  if (runCache && identity) {
    stamps = runCache.has(identity) ? stampJobs(jobs) : new Map();
    const outcome = stamps.size > 0 ? runCache.lookup(identity, jobs, stamps) : undefined;
    if (outcome) {
      options.onProgress?.(jobs.length, jobs.length);
      return resultOf(outcome.results, outcome.notes, warnings);
    }
  }
  const runner = TaskRunner.for(options.workers, jobs.length, limitMs);
  if (!rules.builtIn) runner.inProcess = rules;
  try {
    await processJobs(jobs, {
      runner,
      cache,
      onProgress: options.onProgress,
      versions: gitBase && ((absolute, text, pinned) => gitBase.versions(absolute, text, pinned)),
      overlay: options.overlay,
      stamps,
    });
    // Merge in file order, whichever worker finished first. A file of the run with no summary
    // (unreadable, refused) has none for the cross-file rules either: never parsed again.
    for (const job of jobs) {
      if (job.output) job.docset.addSummary(job.output.summary);
      else job.docset.noSummary(job.relative);
    }
    for (const [docset, summaries] of summariesByDocset(jobs)) {
      await summariseTargets(docset, targetsToSummarise(docset, summaries), { runner, cache });
    }
  } finally {
    blobs?.close();
    await runner.close();
  }

  const results: FileResult[] = [];
  const unchecked = new Map<Docset, (UncheckedBookmark | UncheckedZoneLink)[]>();
  for (const job of jobs) {
    if (!job.output && job.early.length === 0) continue;
    const list = unchecked.get(job.docset) ?? [];
    unchecked.set(job.docset, list);
    const { findings, errorCount, warningCount } = finalFindings(job, (u) => list.push(u), rules);
    results.push({
      filePath: job.absolute,
      path: job.relative,
      docsetRoot: job.docset.root,
      findings,
      errorCount,
      warningCount,
    });
  }
  const notes = [
    ...(selection?.everything ? [fullRunNote(selection.everything)] : []),
    ...runNotes(unchecked, cwd),
    ...redirectionNotes(new Set(jobs.map((job) => job.docset))),
  ];
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  if (cache) {
    // Its temp files are renamed or removed before a Ctrl-C ends the process (see DeferredSignals).
    const signals = new DeferredSignals();
    try {
      // The whole run is kept only beside a per-file cache that could be written.
      if (cache.save() && runCache && identity && stamps && log)
        runCache.store(identity, jobs, stamps, log, { results, notes });
      await signals.arrived();
    } finally {
      signals.release();
    }
  }
  return resultOf(results, notes, warnings);
}

/** The run's result from its sorted results, notes and warnings. */
function resultOf(results: FileResult[], notes: RunNote[], warnings: readonly string[]): LintResult {
  const result: LintResult = {
    results,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
    notes,
  };
  if (warnings.length > 0) result.warnings = [...warnings];
  return result;
}

/** The summaries made by the run, per docset, in file order. */
function summariesByDocset(jobs: readonly Job[]): Map<Docset, FileSummary[]> {
  const byDocset = new Map<Docset, FileSummary[]>();
  for (const job of jobs) {
    if (!job.output) continue;
    const list = byDocset.get(job.docset) ?? [];
    list.push(job.output.summary);
    byDocset.set(job.docset, list);
  }
  return byDocset;
}

/** `LintOptions.files`: absolute, deduplicated, sorted; no glob expansion, no .gitignore. */
export function explicitFiles(files: readonly string[], cwd: string): string[] {
  return [...new Set(files.map((file) => path.resolve(cwd, file)))].sort();
}
