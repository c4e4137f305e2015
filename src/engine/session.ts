/**
 * A lint session: the stages of `lint()` kept alive for an editor (the language server).
 *
 * `index()` runs discovery, planning, the per-file stage (cache, worker pool) and the link-target
 * prefetch once over a folder, as `lint()` does. Then `setText` re-lints one file from an
 * editor's text (in one long-lived worker thread, see `edits`), `filesChanged` follows
 * the disk (a git checkout), and `findings` runs the cross-file stage for one file against the
 * docsets as they are now, with the same configs, severities, inline comments and messages as the
 * CLI. Each change answers which linted files' findings it may have changed, so the editor
 * re-checks only those. Rules run through the one rule runner (`rule-runner.ts`), as in `lint()`:
 * the per-file stage in the worker threads, the cross-file stage in `finalFindings`. Before
 * `index()` is done, `findings` has the per-file rules only: the cross-file rules would judge
 * links against a docset half read.
 */
import path from 'node:path';
import { ConfigLoader } from '../config/load.js';
import type { CommandLineRules } from '../config/resolve.js';
import type { Docset } from '../docset/docset.js';
import { affectedBy, LinkGraph, referencedFiles } from '../docset/link-graph.js';
import { REDIRECTION_FILE } from '../docset/redirections.js';
import { findRoots, isInside } from '../docset/root.js';
import type { FileSummary, Finding } from '../types.js';
import { LintCache } from './cache.js';
import { defaultCacheLocation } from './cache-location.js';
import { finalFindings } from './cross-file.js';
import { discover, discoverable } from './discover.js';
import { today } from './lint.js';
import { planJobs, type Job } from './plan.js';
import { processJobs, summariseTargets } from './process-jobs.js';
import { BUILT_IN } from './rule-set.js';
import { readSource } from '../source/text.js';
import { targetsToSummarise } from './targets.js';
import { timeLimitMs } from './limits.js';
import { TaskRunner } from './task-runner.js';

export interface SessionOptions {
  /** The folder to index (an editor's workspace folder): discovery starts here, as `faq-lint .` would. */
  cwd: string;
  /** One config file for every file (`--config`), relative to `cwd`. */
  configFile?: string;
  noConfig?: boolean;
  commandLineRules?: CommandLineRules;
  /** "Today" as YYYY-MM-DD; default as `lint()`. */
  now?: string;
  /** Reuse the CLI's cache while indexing (`--cache`); the default location unless `cacheLocation`. */
  cache?: boolean;
  cacheLocation?: string;
  /** Worker threads while indexing, as `LintOptions.workers` (default: by size). */
  workers?: number;
  /** False refuses JS config files (`--no-js-config`): they run code. Default true. */
  allowJsConfig?: boolean;
  /** The time limit per file, in seconds, as `LintOptions.fileTimeLimit`. */
  fileTimeLimit?: number;
  /** Told of problems that do not stop the session (a cache that cannot be used). */
  warn?: (message: string) => void;
}

/** A change on disk, as an editor's file watcher reports it. */
export interface DiskChange {
  absolute: string;
  kind: 'created' | 'changed' | 'deleted';
}

/** What a change did: the linted files whose findings may differ now (absolute, sorted). */
export interface ChangeResult {
  affected: string[];
  /** True when a config, docfx.json or publishing config changed: `index()` again. */
  reindex: boolean;
}

/** A file of the session as the editor features see it. */
export interface SessionFile {
  absolute: string;
  /** Docset-relative POSIX path. */
  relative: string;
  docset: Docset;
  /** Site prefixes of its config (for site-relative links). */
  sitePrefixes: Record<string, string>;
  /** Its summary now (from the editor's text when open); undefined when it has none. */
  summary: FileSummary | undefined;
  /** True when the session lints it (not ignored, a kind faq-lint lints). */
  linted: boolean;
}

/** Files whose change means the whole folder must be planned again. */
const PLAN_INPUTS =
  /(?:^|\/)(?:docfx\.json|\.openpublishing\.publish\.config\.json|\.faqlintrc\.(?:json|ya?ml)|faq-lint\.config\.m?js|package\.json|\.gitignore)$/;

export class LintSession {
  readonly cwd: string;
  private readonly now: string;
  private readonly limitMs: number;
  private loader!: ConfigLoader;
  private docsets = new Map<string, Docset>();
  /** Every linted file, by absolute path (after `index()`; before, the files set by `setText`). */
  private jobs = new Map<string, Job>();
  /** Editor texts, by absolute path: linted instead of the disk. */
  private readonly texts = new Map<string, string>();
  private graphs = new Map<Docset, LinkGraph>();
  /** Final findings already worked out, until a change affects them. */
  private readonly memo = new Map<string, Finding[]>();
  private indexed = false;
  /** Counts `index()` calls: a run that is no longer the latest keeps nothing. */
  private epoch = 0;
  private isDiscoverable: Promise<(file: string) => boolean> | undefined;
  /**
   * The one worker thread edited files are re-linted in. A parse makes megabytes of short-lived
   * garbage; in the editor's long-lived main thread V8 let it grow the heap by hundreds of MB over
   * a few hundred keystrokes (cpp-docs: 755 MB), in a worker it stays within the pool's heap caps.
   * In-process when no worker can start (the sources run unbuilt).
   */
  private edits: TaskRunner | undefined;

  constructor(private readonly options: SessionOptions) {
    this.cwd = path.resolve(options.cwd);
    this.now = today(options.now);
    this.limitMs = timeLimitMs(options.fileTimeLimit);
    this.reset();
  }

  /** True once `index()` is done: findings are then complete. */
  get ready(): boolean {
    return this.indexed;
  }

  /**
   * Index the folder: every file discovered is read (editor texts instead, when set), summarised
   * and checked by its per-file rules (from the cache when it has them, on the worker pool when
   * there are many), then the link targets outside the folder are summarised. Throws ConfigError
   * for a bad config. Calling it again starts over (after `reindex`); a run that is overtaken by a
   * later one keeps nothing.
   */
  async index(onProgress?: (done: number, total: number) => void): Promise<void> {
    const epoch = ++this.epoch;
    if (this.indexed || epoch > 1) this.reset();
    const files = await discover(['.'], this.cwd);
    const jobs = await planJobs(files, this.planOptions());
    const location = this.options.cacheLocation
      ? path.resolve(this.cwd, this.options.cacheLocation)
      : defaultCacheLocation(this.cwd, findRoots(this.cwd, this.cwd).repoRoot);
    const cache = this.options.cache ? LintCache.open(location, this.options.warn) : undefined;
    const runner = TaskRunner.for(this.options.workers, jobs.length, this.limitMs);
    try {
      await processJobs(jobs, { runner, cache, onProgress, overlay: this.texts });
      if (epoch !== this.epoch) return;
      for (const job of jobs) if (job.output) job.docset.addSummary(job.output.summary);
      for (const docset of new Set(jobs.map((job) => job.docset))) {
        const summaries = jobs.flatMap((job) => (job.docset === docset && job.output ? [job.output.summary] : []));
        await summariseTargets(docset, targetsToSummarise(docset, summaries), { runner, cache });
      }
    } finally {
      await runner.close();
    }
    cache?.save();
    if (epoch !== this.epoch) return;
    this.jobs = new Map(jobs.map((job) => [job.absolute, job]));
    this.memo.clear();
    this.indexed = true;
    // What the first edit would otherwise wait for: the edits' worker (its start and first parse)
    // and the link graphs (half a second on cpp-docs).
    void this.editRunner().runTasks(
      [0],
      () => ({ kind: 'summary', path: 'warm-up.md', text: '# Warm-up\n' }),
      () => {},
    );
    for (const docset of this.docsets.values()) this.graphOf(docset, true);
    // Texts edited while the index was built (or open outside it): lint what the editor holds now.
    for (const absolute of this.texts.keys()) await this.relint(absolute);
  }

  private reset(): void {
    const { configFile, noConfig } = this.options;
    this.loader = new ConfigLoader(BUILT_IN.rules, configFile && path.resolve(this.cwd, configFile), noConfig, {
      cwd: this.cwd,
      allowJs: this.options.allowJsConfig ?? true,
    });
    this.docsets = new Map();
    this.jobs = new Map();
    this.graphs = new Map();
    this.memo.clear();
    this.isDiscoverable = undefined;
    this.indexed = false;
  }

  private planOptions(): Parameters<typeof planJobs>[1] {
    return {
      cwd: this.cwd,
      loader: this.loader,
      commandLineRules: this.options.commandLineRules,
      now: this.now,
      limitMs: this.limitMs,
      docsets: this.docsets,
      rules: BUILT_IN,
    };
  }

  /**
   * Lint `absolute` from this text (an editor's; BOM removed) instead of the disk, or from the disk
   * again (`undefined`: the editor closed it). A file outside the index is planned now (unless a
   * config ignores it). Returns the linted files whose findings may have changed.
   */
  async setText(absolute: string, text: string | undefined): Promise<string[]> {
    if (text === undefined) this.texts.delete(absolute);
    else this.texts.set(absolute, text);
    return [...(await this.relint(absolute))].sort();
  }

  /** The editor's text of a file, else its text on disk (undefined when it cannot be read). */
  text(absolute: string): string | undefined {
    const open = this.texts.get(absolute);
    if (open !== undefined) return open;
    // Nothing outside the repository is read (a file opened outside every docset: its folder).
    const source = readSource(absolute, { root: this.docsetOf(absolute)?.roots.repoRoot ?? path.dirname(absolute) });
    return source.ok ? source.text : undefined;
  }

  /**
   * Follow changes on disk. Files open in the editor keep their editor text; created and deleted
   * files enter and leave the docset's index; redirection files are read again. A change to a
   * config, docfx.json or publishing config asks for `index()` again (`reindex`).
   */
  async filesChanged(changes: readonly DiskChange[]): Promise<ChangeResult> {
    const affected = new Set<string>();
    if (changes.some((change) => PLAN_INPUTS.test(change.absolute.split(path.sep).join('/'))))
      return { affected: [], reindex: true };
    const isDiscoverable = await (this.isDiscoverable ??= discoverable(this.cwd));
    for (const { absolute, kind } of changes) {
      const docset = this.docsetOf(absolute);
      if (!docset) continue;
      const relative = docset.relative(absolute);
      if (REDIRECTION_FILE.test(path.basename(absolute))) {
        docset.redirectionsChanged();
        for (const job of this.jobs.values()) if (job.docset === docset) affected.add(job.absolute);
      }
      if (kind === 'created' || kind === 'deleted') {
        // A new or vanished file changes what exists (file-not-found) and the "did you mean"s: every file of the docset.
        if (kind === 'created') docset.fileAdded(relative);
        else docset.fileRemoved(relative);
        for (const job of this.jobs.values()) if (job.docset === docset) affected.add(job.absolute);
      }
      if (this.texts.has(absolute)) continue;
      if (kind === 'deleted') {
        const job = this.jobs.get(absolute);
        if (job) {
          for (const file of this.affectedBy(job)) affected.add(file);
          this.jobs.delete(absolute);
          this.graphOf(docset, false)?.delete(relative);
        }
        continue;
      }
      if (this.jobs.has(absolute) || (kind === 'created' && isDiscoverable(absolute))) {
        for (const file of await this.relint(absolute)) affected.add(file);
      } else if (docset.isSummarised(relative)) {
        // A link target outside the lint set: summarised again when a rule asks for it.
        docset.forgetSummary(relative);
        for (const file of this.referrersIn(docset, relative)) affected.add(file);
      }
    }
    for (const file of affected) this.memo.delete(file);
    return { affected: [...affected].filter((file) => this.jobs.has(file)).sort(), reindex: false };
  }

  /**
   * The findings of a linted file, sorted, inline comments applied; undefined when the session
   * does not lint it. Before the index is done: the per-file rules only (see the module comment).
   */
  findings(absolute: string): Finding[] | undefined {
    const job = this.jobs.get(absolute);
    if (!job) return undefined;
    if (!this.indexed) {
      // Per-file rules only: the same job without its cross-file rules (directives still apply).
      const perFile = Object.fromEntries(
        Object.entries(job.config.rules).filter(([id]) => !BUILT_IN.get(id)?.checkDocset),
      );
      return finalFindings({ ...job, config: { ...job.config, rules: perFile } }).findings;
    }
    let findings = this.memo.get(absolute);
    if (!findings) this.memo.set(absolute, (findings = finalFindings(job).findings));
    return findings;
  }

  private editRunner(): TaskRunner {
    return (this.edits ??= new TaskRunner(1, true, this.limitMs));
  }

  /** Stop the session's worker thread (the server is shutting down). */
  async close(): Promise<void> {
    await this.edits?.close();
    this.edits = undefined;
  }

  /** Every linted file (absolute, sorted). */
  files(): string[] {
    return [...this.jobs.keys()].sort();
  }

  /** True when the session covers this path: inside its folder, or in one of its docsets. */
  covers(absolute: string): boolean {
    return isInside(absolute, this.cwd) || this.docsetOf(absolute) !== undefined;
  }

  /** A file as the editor features see it, or undefined when it is in none of the session's docsets. */
  file(absolute: string): SessionFile | undefined {
    const job = this.jobs.get(absolute);
    if (job)
      return {
        absolute,
        relative: job.relative,
        docset: job.docset,
        sitePrefixes: job.settings.sitePrefixes,
        summary: job.output?.summary,
        linted: true,
      };
    const docset = this.docsetOf(absolute);
    if (!docset) return undefined;
    const relative = docset.relative(absolute);
    return { absolute, relative, docset, sitePrefixes: {}, summary: docset.summary(relative), linted: false };
  }

  /** The linted files of `docset` with a reference to `relative` (docset-relative, sorted). Complete once indexed. */
  referrers(docset: Docset, relative: string): string[] {
    return this.graphOf(docset, true)!.referrers(relative);
  }

  /** The docset holding `absolute` (the deepest root), if the session knows one. */
  private docsetOf(absolute: string): Docset | undefined {
    let best: Docset | undefined;
    for (const docset of this.docsets.values())
      if (isInside(absolute, docset.root) && (!best || docset.root.length > best.root.length)) best = docset;
    return best;
  }

  /** Re-lint one file from its current text; the files whose findings may have changed (absolute). */
  private async relint(absolute: string): Promise<Set<string>> {
    let job = this.jobs.get(absolute);
    if (!job) {
      [job] = await planJobs([absolute], this.planOptions());
      if (!job) return new Set(); // a config ignores it
      this.jobs.set(absolute, job);
    }
    const before = job.output?.summary;
    // Who depends on the file as it was (an include it drops matters too); used if its shape changes.
    const dependents = this.indexed && before ? this.affectedBy(job) : new Set<string>();
    const affected = new Set<string>();
    // (Typed wide: processJobs fills it in.)
    job.output = undefined as Job['output'];
    job.early = [];
    await processJobs([job], { runner: this.editRunner(), overlay: this.texts });
    const after = job.output?.summary;
    if (after) job.docset.addSummary(after);
    else {
      // Unreadable or refused: no summary for the cross-file rules either (never parsed again on demand).
      job.docset.forgetSummary(job.relative);
      job.docset.noSummary(job.relative);
    }
    this.graphOf(job.docset, false)?.set(job.relative, after ? referencedFiles(after, job.settings.sitePrefixes) : []);
    affected.add(absolute);
    // Typing in a paragraph moves positions only: no other file can see that.
    if (this.indexed && after && (!before || crossFileShape(before) !== crossFileShape(after))) {
      for (const file of [...dependents, ...this.affectedBy(job)]) affected.add(file);
    } else if (this.indexed && !after) {
      for (const file of [...dependents, ...this.referrersIn(job.docset, job.relative)]) affected.add(file);
    }
    for (const file of affected) this.memo.delete(file);
    return new Set([...affected].filter((file) => this.jobs.has(file)));
  }

  /** Linted files whose findings depend on `job`'s content (absolute). */
  private affectedBy(job: Job): Set<string> {
    const graph = this.graphOf(job.docset, true)!;
    return new Set(
      [...affectedBy(job.docset, graph, job.relative)].map((relative) => path.join(job.docset.root, relative)),
    );
  }

  private referrersIn(docset: Docset, relative: string): string[] {
    return this.indexed ? this.referrers(docset, relative).map((file) => path.join(docset.root, file)) : [];
  }

  /** The docset's link graph over its linted files: built on first use (`build`), then kept up to date. */
  private graphOf(docset: Docset, build: boolean): LinkGraph | undefined {
    let graph = this.graphs.get(docset);
    if (!graph && build) {
      graph = new LinkGraph();
      for (const job of this.jobs.values()) {
        if (job.docset === docset && job.output)
          graph.set(job.relative, referencedFiles(job.output.summary, job.settings.sitePrefixes));
      }
      this.graphs.set(docset, graph);
    }
    return graph;
  }
}

/** What other files can see of a summary: everything but positions. */
function crossFileShape(summary: FileSummary): string {
  return JSON.stringify(summary, (key, value: unknown) => (POSITION_KEYS.has(key) ? undefined : value));
}

const POSITION_KEYS = new Set(['span', 'keySpan', 'valueSpan', 'urlRange', 'lineCount', 'length']);
