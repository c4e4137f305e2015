/**
 * A fixed pool of worker threads that run batches of file tasks. Batches are handed to the first
 * idle worker; results come back task by task and are stored by index, so each batch resolves in
 * task order and the merged result does not depend on which worker finished first.
 *
 * Every task has a deadline. A worker says in shared memory which task it is running and since
 * when; a watchdog stops a worker whose task is past its time limit: that task gets the stopped
 * result (`file-too-complex`), the rest of its batch goes back to the queue, and a new worker
 * takes its place. A worker that dies while running a task (its heap cap reached, a crash) has
 * that task retried once in the guarded worker, which has a larger heap, within the time the task
 * has left. A worker that dies before running anything is dropped; with none left, the queue is
 * finished in the guarded worker. No file is lost, and no file escapes its limits.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FileTask, TaskResult } from './file-task.js';
import { guardedWorker, type GuardedWorker } from './guard.js';
import { DEFAULT_FILE_TIME_LIMIT, YOUNG_GENERATION_MB } from './limits.js';
import { stoppedResult } from './stopped.js';
import { workerScript, type BatchMessage, type PoolWorkerData, type ResultMessage } from './worker-protocol.js';

export { useWorkerScript, WORKER_SCRIPT } from './worker-protocol.js';

/** Runs smaller than this many files stay out of the pool: starting workers costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;

/** Threads for a run of `fileCount` files when the caller did not choose: 0 means no pool. */
export function autoWorkerCount(fileCount: number): number {
  if (fileCount < MIN_FILES_FOR_WORKERS || !existsSync(workerScript())) return 0;
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

/**
 * Heap limit per pool worker. A worker holds one batch's texts and one syntax tree at a time, but
 * V8 grows an unlimited heap lazily: on cpp-docs with two workers the process peaks at 590-630 MB
 * without limits (41 s), at 450 MB with these (52 s); 128 MB was slower still, and a small young
 * generation (which V8 derives from a small heap) costs more scavenges, so both are set. The
 * trade-off is measured in docs/performance.md. A file too large for this heap is retried in the
 * guarded worker, whose heap is larger.
 */
const POOL_HEAP_MB = 256;

/** How often the watchdog looks at the running tasks. */
const WATCHDOG_MS = 100;

interface Pending {
  tasks: FileTask[];
  results: (TaskResult | undefined)[];
  left: number;
  resolve(results: TaskResult[]): void;
}

/** Some tasks of one batch, to run. */
interface Work {
  pending: Pending;
  indexes: number[];
}

interface Slot {
  worker: Worker;
  progress: Int32Array;
  startedAt: Float64Array;
  /** The work it is running, if any, and how many of its results are still to come. */
  busy: { id: number; work: Work; left: number } | undefined;
}

export interface PoolOptions {
  script?: string;
  /** Time limit per task, in milliseconds. */
  limitMs?: number;
  /** Where a task is retried when its worker dies, and where the queue goes when no worker is left. */
  guard?: GuardedWorker;
  /** Heap of each pool worker (default `POOL_HEAP_MB`). */
  heapMb?: number;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Work[] = [];
  private readonly script: string;
  private readonly limitMs: number;
  private readonly guard: GuardedWorker;
  private readonly heapMb: number;
  private nextId = 0;
  private watchdog: NodeJS.Timeout | undefined;
  /** Tasks stopped at their time limit, and tasks retried after their worker died (diagnostics, tests). */
  readonly counts = { stopped: 0, retried: 0 };

  constructor(
    size: number,
    {
      script = workerScript(),
      limitMs = DEFAULT_FILE_TIME_LIMIT * 1000,
      guard = guardedWorker(),
      heapMb = POOL_HEAP_MB,
    }: PoolOptions = {},
  ) {
    if (!existsSync(script)) throw new Error(`worker script ${script} is missing; run 'npm run build' first`);
    this.script = script;
    this.heapMb = heapMb;
    this.limitMs = limitMs;
    this.guard = guard;
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Run a batch; resolves to one result per task, in task order. */
  run(tasks: FileTask[]): Promise<TaskResult[]> {
    return new Promise((resolve) => {
      if (tasks.length === 0) return resolve([]);
      const pending: Pending = {
        tasks,
        results: new Array<TaskResult | undefined>(tasks.length),
        left: tasks.length,
        resolve,
      };
      this.queue.push({ pending, indexes: tasks.map((_, i) => i) });
      this.dispatch();
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.setWatchdog(false);
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(): Slot {
    const progress = new Int32Array(new SharedArrayBuffer(4));
    const startedAt = new Float64Array(new SharedArrayBuffer(8));
    const workerData: PoolWorkerData = { progress, startedAt };
    // execArgv: none of the parent's flags (`node -e <script>` would make the worker run the script).
    const worker = new Worker(this.script, {
      workerData,
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, progress, startedAt, busy: undefined };
    worker.on('message', ({ id, index, result }: ResultMessage) => {
      if (slot.busy?.id !== id || !this.slots.includes(slot)) return;
      this.record(slot.busy.work.pending, index, result);
      if (--slot.busy.left === 0) {
        slot.busy = undefined;
        this.dispatch();
      }
    });
    const died = (): void => this.died(slot);
    worker.on('error', died);
    worker.on('exit', died);
    return slot;
  }

  private record(pending: Pending, index: number, result: TaskResult): void {
    if (pending.results[index] !== undefined) return;
    pending.results[index] = result;
    if (--pending.left === 0) pending.resolve(pending.results as TaskResult[]);
  }

  /** Take a slot out of the pool; the tasks of its work not done yet go back to the front of the queue. */
  private retire(slot: Slot, except?: number): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    void slot.worker.terminate();
    const busy = slot.busy;
    slot.busy = undefined;
    if (!busy) return;
    const { pending, indexes } = busy.work;
    const undone = indexes.filter((i) => i !== except && pending.results[i] === undefined);
    if (undone.length > 0) this.queue.unshift({ pending, indexes: undone });
  }

  /** A worker exited or failed: retry the task it was on in the guarded worker; requeue the rest. */
  private died(slot: Slot): void {
    if (!this.slots.includes(slot)) return;
    const running = Atomics.load(slot.progress, 0) - 1;
    const work = slot.busy?.work;
    const task = work && running >= 0 && work.pending.results[running] === undefined ? running : undefined;
    this.retire(slot, task);
    if (work && task !== undefined) {
      // Out of memory most likely: once more with the larger heap, within the time it has left.
      this.counts.retried++;
      const left = this.limitMs - (Date.now() - slot.startedAt[0]!);
      this.record(work.pending, task, this.guard.run(work.pending.tasks[task]!, left));
      this.slots.push(this.spawn());
    }
    this.dispatch();
  }

  /** The watchdog: stop every worker whose task is past its deadline. */
  private check(): void {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      const running = Atomics.load(slot.progress, 0) - 1;
      if (!slot.busy || running < 0 || now - slot.startedAt[0]! <= this.limitMs) continue;
      const { pending } = slot.busy.work;
      this.counts.stopped++;
      this.retire(slot, running);
      this.record(pending, running, stoppedResult(pending.tasks[running]!, this.limitMs));
      this.slots.push(this.spawn());
    }
    this.dispatch();
  }

  private setWatchdog(on: boolean): void {
    if (on && !this.watchdog) {
      this.watchdog = setInterval(() => this.check(), WATCHDOG_MS);
      this.watchdog.unref();
    } else if (!on && this.watchdog) {
      clearInterval(this.watchdog);
      this.watchdog = undefined;
    }
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      if (this.slots.length === 0) {
        // No worker left: finish the queue in the guarded worker, one task at a time.
        for (const { pending, indexes } of this.queue.splice(0)) {
          for (const i of indexes)
            if (pending.results[i] === undefined)
              this.record(pending, i, this.guard.run(pending.tasks[i]!, this.limitMs));
        }
        break;
      }
      const slot = this.slots.find((s) => !s.busy);
      if (!slot) break;
      const work = this.queue.shift()!;
      const id = this.nextId++;
      slot.busy = { id, work, left: work.indexes.length };
      const message: BatchMessage = {
        id,
        tasks: work.indexes.map((index) => ({ index, task: work.pending.tasks[index]! })),
      };
      slot.worker.postMessage(message);
    }
    this.setWatchdog(this.slots.some((s) => s.busy));
  }
}
