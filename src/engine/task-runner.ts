/**
 * Where file tasks run: one at a time in the guarded worker, or on a worker pool started on first
 * use; either way in a worker thread that is stopped at the task's time limit (`limits.ts`). The
 * run streams its files through `runTasks`, which reads each file only when its batch is about to
 * be sent, so at most a few batches of text are held at once.
 */
import type { FileTask, TaskResult } from './file-task.js';
import type { RuleSet } from './rule-set.js';
import { runGuarded } from './guard.js';
import { autoWorkerCount, MIN_FILES_FOR_WORKERS, WorkerPool } from './pool.js';

/** Files per batch sent to a worker: big enough to amortise messaging, small enough to balance. */
const BATCH_FILES = 16;
/** ... unless their text is larger than this (a few huge reference pages). */
const BATCH_CHARS = 256 * 1024;
/** Batches in flight per worker: one running, one waiting, so a worker never idles. */
const BATCHES_PER_WORKER = 2;

export class TaskRunner {
  private pool: WorkerPool | undefined;
  /**
   * Set for a run with rules of its own (`lint({ rules })`): worker threads load only faq-lint's
   * rules, so lint tasks run here, in the main thread, one at a time, with no time limit (summary
   * tasks, which run no rule, stay in the guarded worker).
   */
  inProcess: RuleSet | undefined;

  /**
   * @param threads pool threads to use (0: the guarded worker, one task at a time).
   * @param forced true when the caller chose `threads` (`LintOptions.workers`): then even a small
   *   run uses them, which is how the tests exercise the pool.
   * @param limitMs the time limit of each task.
   */
  constructor(
    readonly threads: number,
    readonly forced: boolean,
    readonly limitMs: number,
  ) {}

  /** Threads from `LintOptions.workers`, or sized to the cores for a large run. */
  static for(workers: number | undefined, fileCount: number, limitMs: number): TaskRunner {
    return workers === undefined
      ? new TaskRunner(autoWorkerCount(fileCount), false, limitMs)
      : new TaskRunner(Math.max(0, Math.floor(workers)), true, limitMs);
  }

  /** True when `count` tasks should go to the pool. */
  usesPool(count: number): boolean {
    return this.threads > 0 && (this.forced || this.pool !== undefined || count >= MIN_FILES_FOR_WORKERS);
  }

  /**
   * Run a task per item: `prepare` reads the item and returns its task (or undefined when it needs
   * none: unreadable, cached); `finish` receives each result. In the guarded worker, item by item;
   * pooled, in batches with a bounded number in flight. `finish` may be called out of item order when pooled:
   * callers store results per item and merge in their own order.
   */
  async runTasks<T>(
    items: readonly T[],
    prepare: (item: T) => FileTask | undefined | Promise<FileTask | undefined>,
    finish: (item: T, result: TaskResult) => void,
  ): Promise<void> {
    if (this.inProcess) {
      // Loaded only here: the main thread of an ordinary run never parses (workers do).
      const { runTask } = await import('./file-task.js');
      for (const item of items) {
        const task = await prepare(item);
        if (task) finish(item, task.kind === 'lint' ? runTask(task, this.inProcess) : runGuarded(task, this.limitMs));
      }
      return;
    }
    if (!this.usesPool(items.length)) {
      for (const item of items) {
        const task = await prepare(item);
        if (task) finish(item, runGuarded(task, this.limitMs));
      }
      return;
    }
    const inFlight = new Set<Promise<void>>();
    let batch: { item: T; task: FileTask }[] = [];
    let chars = 0;
    const send = async (): Promise<void> => {
      const sent = batch;
      batch = [];
      chars = 0;
      this.pool ??= new WorkerPool(this.threads, { limitMs: this.limitMs });
      const done: Promise<void> = this.pool.run(sent.map((s) => s.task)).then((results) => {
        results.forEach((result, i) => finish(sent[i]!.item, result));
        inFlight.delete(done);
      });
      inFlight.add(done);
      while (inFlight.size >= this.threads * BATCHES_PER_WORKER) await Promise.race(inFlight);
    };
    for (const item of items) {
      const task = await prepare(item);
      if (!task) continue;
      batch.push({ item, task });
      chars += task.text.length;
      if (batch.length >= BATCH_FILES || chars >= BATCH_CHARS) await send();
    }
    if (batch.length > 0) {
      // A short tail with no pool started yet (a warm cache, few changes) is not worth the start-up.
      if (!this.pool && !this.forced) for (const { item, task } of batch) finish(item, runGuarded(task, this.limitMs));
      else await send();
    }
    await Promise.all(inFlight);
  }

  /** Stop the workers, if any were started. */
  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}
