/**
 * What the main thread and the worker threads share: where the worker script is, the messages
 * they exchange, and the shared memory through which a worker says what it is doing (so the main
 * thread can stop it at a task's deadline).
 */
import type { MessagePort } from 'node:worker_threads';
import path from 'node:path';
import { PACKAGE_ROOT } from '../meta.js';
import type { FileTask, TaskResult } from './file-task.js';

/**
 * The worker script of the tsc build: tests run the TypeScript sources, which a worker thread
 * cannot load, so the tests build first (`npm test`'s pretest, and vitest's global setup when
 * sources are newer than the build).
 */
export const WORKER_SCRIPT = path.join(PACKAGE_ROOT, 'dist', 'src', 'engine', 'worker.js');

let script = WORKER_SCRIPT;

/**
 * Run workers (the pool's and the guarded one) from `file` instead of the tsc build's worker. The
 * bundle (`src/bundle.ts`) points this at itself, so workers run from the one bundled file.
 */
export function useWorkerScript(file: string): void {
  script = file;
}

/** The script worker threads run. */
export const workerScript = (): string => script;

/** States of the control word a guarded worker and the waiting main thread share. */
export const SOLO = { waiting: 0, done: 1, ready: 2 } as const;

/**
 * Asks a worker to write its V8 coverage now (only sent under `NODE_V8_COVERAGE`, the thread
 * coverage step of `npm test`): a terminated thread writes none, and workers are terminated.
 */
export const TAKE_COVERAGE = 'take-coverage';

/** Whether this process measures coverage (`NODE_V8_COVERAGE`), so workers are asked to write theirs. */
export const measuringCoverage = (): boolean => Boolean(process.env.NODE_V8_COVERAGE);

/** What the guarded worker is started with. */
export interface SoloWorkerData {
  solo: true;
  port: MessagePort;
  /** [SOLO state]. */
  control: Int32Array;
}

/** What a pool worker is started with: where to say which task it is running, and since when. */
export interface PoolWorkerData {
  solo?: false;
  /** [index + 1 of the task running, or 0]. */
  progress: Int32Array;
  /** [Date.now() when that task started]. */
  startedAt: Float64Array;
}

/** A message to a pool worker: a numbered batch of tasks, with their indexes in the batch. */
export interface BatchMessage {
  id: number;
  tasks: { index: number; task: FileTask }[];
}

/** A message from a pool worker: one task's result. */
export interface ResultMessage {
  id: number;
  index: number;
  result: TaskResult;
}
