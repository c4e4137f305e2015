/**
 * The per-file stage, and the prefetch of link-target summaries: read each file, take its result
 * from the cache when its text and inputs are unchanged, else run its task (in-process or in a
 * worker). Results are stored per job; the caller merges them into docsets in job order.
 */
import path from 'node:path';
import type { Docset } from '../docset/docset.js';
import type { FileSummary } from '../types.js';
import { InputKeys, sha1, type LintCache } from './cache.js';
import { fileKindOf } from '../source/file-kinds.js';
import type { LintTask, TaskResult } from './file-task.js';
import { fileUnreadable } from '../../rules/core/index.js';
import { toFinding } from './findings.js';
import type { Versions } from './git-base.js';
import type { Job } from './plan.js';
import { readSource, type Source } from '../source/text.js';
import type { TaskRunner } from './task-runner.js';
import { compactSummary } from '../summary/compact-summary.js';
import type { Stamps } from './run-cache.js';
import { digestSource } from '../source/read-log.js';

export interface StageOptions {
  runner: TaskRunner;
  cache?: LintCache;
  /** Called after each job is done (cached, processed or skipped). */
  onProgress?: (done: number, total: number) => void;
  /** Changed mode: the text to lint (the index version under `--staged`) and the previous version. */
  versions?: (absolute: string, workingText: string, pinned: boolean) => Promise<Versions>;
  /** `LintOptions.overlay`: texts to lint instead of what is on disk (`--fix` re-lints). */
  overlay?: ReadonlyMap<string, string>;
  /**
   * The run cache's stamps (see `run-cache.ts`): a job stamped up front whose per-file result is
   * cached is not read again; every job read here is stamped with what it was linted from.
   */
  stamps?: Stamps;
}

/** Fill in `output` (or `early`) of every job. */
export async function processJobs(
  jobs: readonly Job[],
  { runner, cache, onProgress, versions, overlay, stamps }: StageOptions,
): Promise<void> {
  let done = 0;
  const tick = (): void => onProgress?.(++done, jobs.length);
  /** Cache keys of jobs in flight, to store their results. */
  const keys = new Map<Job, { hash: string; key: string }>();
  const inputKeys = new InputKeys();

  const prepare = async (job: Job): Promise<LintTask | undefined> => {
    const overlaid = overlay?.get(job.absolute);
    // Stamped up front, unchanged and cached: nothing to read (the text is the one hashed).
    const stamped = overlaid === undefined && !versions ? stamps?.get(job)?.hash : undefined;
    if (cache && stamped) {
      const hit = cache.processed(
        job.absolute,
        job.relative,
        stamped,
        inputKeys.of({ kind: 'lint', config: job.config, settings: job.settings }),
      );
      if (hit) {
        job.output = hit;
        tick();
        return undefined;
      }
    }
    const unreadable = (reason: string, messageId: 'unreadable' | 'stagedUnreadable' = 'unreadable'): undefined => {
      const rule = job.config.rules['file-unreadable'];
      if (rule) job.early.push(toFinding(fileUnreadable.meta, rule.severity, { messageId, data: { reason } }));
      cache?.forget(job.absolute);
      tick();
      return undefined;
    };
    const read: Source =
      overlaid === undefined
        ? readSource(job.absolute, { root: job.docset.roots.repoRoot, unlogged: true })
        : { ok: true, text: overlaid, bom: false };
    stamps?.set(job, digestSource(read));
    if (!read.ok) return unreadable(read.reason);
    if (!fileKindOf(job.relative, read.text)) {
      tick();
      return undefined;
    }
    const { source, previousText } = versions
      ? await versions(job.absolute, read.text, overlaid !== undefined)
      : { source: read, previousText: undefined };
    if (!source.ok) return unreadable(source.reason, 'stagedUnreadable');
    const text = source.text;
    const task: LintTask = { kind: 'lint', path: job.relative, text, config: job.config, settings: job.settings };
    if (previousText !== undefined) task.previousText = previousText;
    if (cache) {
      const hash = (source === read && stamps?.get(job)?.hash) || sha1(text);
      // Every input but the text (hashed above) and the path (checked by the entry): a field added
      // to LintTask joins the key by itself.
      const key = inputKeys.of({ ...task, text: undefined, path: undefined });
      const hit = cache.processed(job.absolute, job.relative, hash, key);
      if (hit) {
        compactSummary(hit.summary);
        job.output = hit;
        tick();
        return undefined;
      }
      keys.set(job, { hash, key });
    }
    return task;
  };

  const finish = (job: Job, result: TaskResult): void => {
    if (result.summary) {
      // Kept for the whole run: compact before anything else holds it (the cache stores the same object).
      const summary = compactSummary(result.summary);
      const { findings, omitted } = result;
      job.output = omitted ? { summary, findings, omitted } : { summary, findings };
      const stamp = keys.get(job);
      if (cache && stamp)
        cache.store(
          job.absolute,
          job.relative,
          stamp.hash,
          summary,
          omitted ? { key: stamp.key, findings, omitted } : { key: stamp.key, findings },
        );
    } else {
      for (const finding of result.findings) job.early.push(finding);
      cache?.forget(job.absolute);
    }
    keys.delete(job);
    tick();
  };

  await runner.runTasks(jobs, prepare, finish);
}

/**
 * Summarise the docset files `targets` (docset-relative, sorted) that the cross-file rules will
 * need, and add them to the docset in that order. A target that cannot be read, or is refused or
 * stopped at its limits, is recorded as having no summary: `Docset.summary` would decide the
 * same way, at the cost of a second attempt (a second time limit for a hostile target).
 */
export async function summariseTargets(
  docset: Docset,
  targets: readonly string[],
  { runner, cache }: StageOptions,
): Promise<void> {
  const made = new Map<string, FileSummary | undefined>();
  const hashes = new Map<string, string>();
  await runner.runTasks(
    targets,
    (relative) => {
      const text = docset.summarisableText(relative);
      if (text === undefined) {
        made.set(relative, undefined);
        return undefined;
      }
      if (cache) {
        const hash = sha1(text);
        const hit = cache.summary(path.join(docset.root, relative), relative, hash);
        if (hit) {
          made.set(relative, compactSummary(hit));
          return undefined;
        }
        hashes.set(relative, hash);
      }
      return { kind: 'summary', path: relative, text };
    },
    (relative, result) => {
      made.set(relative, result.summary && compactSummary(result.summary));
      if (!result.summary) {
        docset.declinedSummaries++;
        return;
      }
      const hash = hashes.get(relative);
      if (cache && hash) cache.store(path.join(docset.root, relative), relative, hash, result.summary);
    },
  );
  for (const relative of targets) {
    if (!made.has(relative)) continue;
    const summary = made.get(relative);
    if (summary) docset.addSummary(summary);
    else docset.noSummary(relative);
  }
}
