/**
 * Starting the guarded worker's thread (`guard.ts`) with nothing loaded but node's worker API, the
 * worker protocol and the limits' numbers: the CLI's entry starts it before the CLI's own modules
 * load (`src/cli/warm-up.ts`), so the new thread loads the parser and rules while the main thread
 * loads the CLI. `GuardedWorker` adopts a thread started so; one never adopted (the guess was
 * wrong) costs nothing but its start: it does not keep the process alive.
 */
import { existsSync } from 'node:fs';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { FILE_HEAP_MB, YOUNG_GENERATION_MB } from './limits.js';
import { workerScript, type SoloWorkerData } from './worker-protocol.js';

/** A guarded worker's thread, its port and the control word it and the waiting main thread share. */
export interface GuardedThread {
  worker: Worker;
  port: MessagePort;
  control: Int32Array;
}

/** Start a guarded worker's thread without waiting for it; undefined when the script is missing. */
export function startGuardedThread(script: string, heapMb: number): GuardedThread | undefined {
  if (!existsSync(script)) return undefined;
  const { port1, port2 } = new MessageChannel();
  const control = new Int32Array(new SharedArrayBuffer(4));
  const workerData: SoloWorkerData = { solo: true, port: port2, control };
  // execArgv: none of the parent's flags (`node -e <script>` would make the worker run the script).
  const worker = new Worker(script, {
    workerData,
    transferList: [port2],
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  worker.unref();
  port1.unref();
  // Errors surface as a task that times out; never as an unhandled 'error' event.
  worker.on('error', () => {});
  return { worker, port: port1, control };
}

/** The thread `startEarly` started, until a guarded worker adopts it. */
let early: { thread: GuardedThread; script: string; heapMb: number } | undefined;

/** Start the process's guarded worker thread now (the worker script and heap of `guardedWorker()`). */
export function startEarly(): void {
  if (early) return;
  const script = workerScript();
  const thread = startGuardedThread(script, FILE_HEAP_MB);
  if (thread) early = { thread, script, heapMb: FILE_HEAP_MB };
}

/** The thread `startEarly` started, if it runs this script with this heap (once). */
export function adoptEarly(script: string, heapMb: number): GuardedThread | undefined {
  if (!early || early.script !== script || early.heapMb !== heapMb) return undefined;
  const { thread } = early;
  early = undefined;
  return thread;
}
