/**
 * A fixed pool of worker threads that run batches of file tasks. Batches are handed to the first
 * idle worker; each batch's results come back in task order, and callers store them by job, so
 * the merged result does not depend on which worker finished first.
 *
 * A worker that dies (a crash, out of memory) is not fatal: its batch is run in-process and the
 * pool goes on with the workers it has left (all in-process when none are left).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PACKAGE_ROOT } from '../meta.js';
import { runTask, type FileTask, type TaskResult } from './file-task.js';
import type { BatchMessage } from './worker.js';

/**
 * The worker script of the tsc build: tests run the TypeScript sources, which a worker thread
 * cannot load, so `npm test` builds first (`pretest`).
 */
export const WORKER_SCRIPT = path.join(PACKAGE_ROOT, 'dist', 'src', 'engine', 'worker.js');

/**
 * The script worker threads run. The bundle (`src/bundle.ts`) points this at itself, so the pool
 * works from the one bundled file with nothing beside it.
 */
let workerScript = WORKER_SCRIPT;

/** Run workers from `script` instead of the tsc build's worker (the bundle does this). */
export function useWorkerScript(script: string): void {
  workerScript = script;
}

/** True when worker threads can be started (the worker script is built, or this is the bundle). */
export function workersAvailable(): boolean {
  return existsSync(workerScript);
}

/** Runs smaller than this many files stay in-process: starting workers costs more than it saves. */
export const MIN_FILES_FOR_WORKERS = 200;

/** Threads for a run of `fileCount` files when the caller did not choose: 0 means in-process. */
export function autoWorkerCount(fileCount: number): number {
  if (fileCount < MIN_FILES_FOR_WORKERS || !existsSync(workerScript)) return 0;
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

/**
 * Heap limits per worker. A worker holds one batch's texts and one syntax tree at a time, but V8
 * grows an unlimited heap lazily: on cpp-docs with two workers the process peaks at 590-630 MB
 * without limits (41 s), at 450 MB with these (52 s); 128 MB was slower still, and a small young
 * generation (which V8 derives from a small heap) costs more scavenges, so both are set. The
 * trade-off is measured in docs/performance.md. A file too large for the cap kills only its
 * worker, and its batch is finished in-process (`retire`).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };

interface Pending {
  tasks: FileTask[];
  resolve(results: TaskResult[]): void;
}

interface Slot {
  worker: Worker;
  /** The batch it is running, if any. */
  busy: { id: number; pending: Pending } | undefined;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private running = 0;

  constructor(size: number, script = workerScript) {
    if (!existsSync(script)) throw new Error(`worker script ${script} is missing; run 'npm run build' first`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn(script));
  }

  /** Batches queued or running. */
  get load(): number {
    return this.queue.length + this.running;
  }

  /** Run a batch; resolves to one result per task, in task order. */
  run(tasks: FileTask[]): Promise<TaskResult[]> {
    return new Promise((resolve) => {
      this.queue.push({ tasks, resolve });
      this.dispatch();
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private spawn(script: string): Slot {
    const worker = new Worker(script, { resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, busy: undefined };
    worker.on('message', ({ id, results }: { id: number; results: TaskResult[] }) => {
      if (slot.busy?.id !== id) return;
      const { pending } = slot.busy;
      slot.busy = undefined;
      this.running--;
      pending.resolve(results);
      this.dispatch();
    });
    const fail = (): void => this.retire(slot);
    worker.on('error', fail);
    worker.on('exit', fail);
    return slot;
  }

  /** A worker died: drop it and run its batch here, so no file is lost and no error escapes. */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    const busy = slot.busy;
    slot.busy = undefined;
    if (busy) {
      this.running--;
      busy.pending.resolve(busy.pending.tasks.map(runTask));
    }
    void slot.worker.terminate();
    this.dispatch();
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy);
      if (!slot) {
        if (this.slots.length > 0) return;
        // No worker left: finish the queue in-process.
        for (const pending of this.queue.splice(0)) pending.resolve(pending.tasks.map(runTask));
        return;
      }
      const pending = this.queue.shift()!;
      const id = this.nextId++;
      slot.busy = { id, pending };
      this.running++;
      const message: BatchMessage = { id, tasks: pending.tasks };
      slot.worker.postMessage(message);
    }
  }
}
