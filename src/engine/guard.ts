/**
 * The guarded worker: runs one file task at a time in a worker thread, synchronously, and stops
 * the thread when the task is not done within its time limit or fills the heap. Synchronous, so
 * the places that parse on demand inside synchronous code (`Docset.summary`, asked by cross-file
 * rules) get the same limits as the pooled lint run: the main thread waits with `Atomics.wait`,
 * and the result comes back through `receiveMessageOnPort`.
 *
 * One worker serves the whole process (started on first use, or adopted from the CLI's early start,
 * `guarded-thread.ts`; replaced after a stop); it keeps only its last three parses between tasks
 * (`recent-summaries.ts`) and does not keep the process alive.
 */
import { existsSync } from 'node:fs';
import { receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import type { Summariser } from '../types.js';
import type { FileTask, TaskResult } from './file-task.js';
import { stoppedResult } from './stopped.js';
import { adoptEarly, startGuardedThread, type GuardedThread } from './guarded-thread.js';
import { FILE_HEAP_MB } from './limits.js';
import { measuringCoverage, SOLO, TAKE_COVERAGE, workerScript } from './worker-protocol.js';

/** How long a new worker may take to load the built code before faq-lint gives up. */
const STARTUP_MS = 120_000;

export class GuardedWorker {
  private worker: Worker | undefined;
  private port: MessagePort | undefined;
  private control: Int32Array | undefined;
  /** A worker started by `warmUp` that `run` has not waited for yet. */
  private starting: GuardedThread | undefined;
  private coverageHooked = false;
  /** Tasks stopped at their limits so far (for tests and diagnostics). */
  stops = 0;

  constructor(
    private readonly script = workerScript(),
    private readonly heapMb = FILE_HEAP_MB,
  ) {}

  /** Run `task`; at most `limitMs` milliseconds, else the worker is stopped and the task gets `stoppedResult`. */
  run(task: FileTask, limitMs: number): TaskResult {
    if (limitMs <= 0) return this.stopped(task, limitMs);
    this.start();
    const control = this.control!;
    Atomics.store(control, 0, SOLO.waiting);
    this.port!.postMessage(task);
    if (Atomics.wait(control, 0, SOLO.waiting, limitMs) === 'timed-out' && Atomics.load(control, 0) !== SOLO.done) {
      // Too slow, or the worker died of its heap limit (its exit cannot be seen from a waiting thread).
      this.stop();
      return this.stopped(task, limitMs);
    }
    const message = receiveMessageOnPort(this.port!);
    if (!message) {
      this.stop();
      return this.stopped(task, limitMs);
    }
    return message.message as TaskResult;
  }

  /** Stop the worker, if one is running. */
  stop(): void {
    void this.starting?.worker.terminate();
    this.starting = undefined;
    void this.worker?.terminate();
    this.port?.close();
    this.worker = undefined;
    this.port = undefined;
    this.control = undefined;
  }

  private stopped(task: FileTask, limitMs: number): TaskResult {
    this.stops++;
    return stoppedResult(task, limitMs);
  }

  /**
   * Start the worker thread without waiting for it: it loads the parser and rules while the main
   * thread discovers files, asks git and reads configs. `run` then waits only for what is left.
   */
  warmUp(): void {
    if (this.worker || this.starting) return;
    // A thread the CLI's entry started (src/cli/warm-up.ts), else a new one (a missing script: `run` reports it).
    this.starting = adoptEarly(this.script, this.heapMb) ?? startGuardedThread(this.script, this.heapMb);
  }

  private start(): void {
    if (this.worker) return;
    if (!existsSync(this.script)) throw new Error(`worker script ${this.script} is missing; run 'npm run build' first`);
    this.warmUp();
    const { worker, port, control } = this.starting!;
    this.starting = undefined;
    if (Atomics.wait(control, 0, SOLO.waiting, STARTUP_MS) === 'timed-out') {
      void worker.terminate();
      throw new Error(`the worker thread (${this.script}) did not start within ${STARTUP_MS / 1000} s`);
    }
    this.worker = worker;
    this.port = port;
    this.control = control;
    if (measuringCoverage() && !this.coverageHooked) {
      this.coverageHooked = true;
      process.once('exit', () => this.takeCoverage());
    }
  }

  /** At the process's exit, under `NODE_V8_COVERAGE`: the worker writes its coverage (it is never terminated cleanly). */
  private takeCoverage(): void {
    const { control, port } = this;
    if (!control || !port) return;
    Atomics.store(control, 0, SOLO.waiting);
    port.postMessage(TAKE_COVERAGE);
    Atomics.wait(control, 0, SOLO.waiting, 10_000);
  }
}

let shared: GuardedWorker | undefined;

/** The process's guarded worker. */
export function guardedWorker(): GuardedWorker {
  return (shared ??= new GuardedWorker());
}

/** The guarded summariser with this time limit: what docsets and changed mode summarise files with. */
export function guardedSummariser(limitMs: number): Summariser {
  return (path, text) => runGuarded({ kind: 'summary', path, text }, limitMs).summary;
}

/** Run a task in the process's guarded worker. */
export function runGuarded(task: FileTask, limitMs: number): TaskResult {
  return guardedWorker().run(task, limitMs);
}
