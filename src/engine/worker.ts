/**
 * Worker-thread entry: runs batches of file tasks. Loaded from the built code
 * (`dist/src/engine/worker.js`) by `WorkerPool`; holds no state between batches, so no syntax
 * tree outlives its file.
 */
import { parentPort } from 'node:worker_threads';
import { runTask, type FileTask } from './file-task.js';

/** A message from the pool: a numbered batch of tasks. */
export interface BatchMessage {
  id: number;
  tasks: FileTask[];
}

parentPort?.on('message', ({ id, tasks }: BatchMessage) => {
  parentPort!.postMessage({ id, results: tasks.map(runTask) });
});
