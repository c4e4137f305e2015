/**
 * Worker-thread entry: runs file tasks. Loaded from the built code (`dist/src/engine/worker.js`)
 * in two roles. In the pool (`WorkerPool`), it runs batches and posts each task's result as it is
 * done, and marks in shared memory which task it is on since when, so the pool can stop it at a
 * task's deadline. As the guarded worker (`GuardedWorker`, `workerData.solo`), it runs one task
 * per message and wakes the waiting main thread. A pool worker holds no state between tasks, so
 * no syntax tree outlives its file; the guarded worker keeps its last three parses of small texts
 * (`recent-summaries.ts`), which changed mode's selection and lint share.
 */
import { takeCoverage } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, type FileTask } from './file-task.js';
import { rememberingSummarise } from './recent-summaries.js';
import {
  SOLO,
  TAKE_COVERAGE,
  measuringCoverage,
  type BatchMessage,
  type PoolWorkerData,
  type ResultMessage,
  type SoloWorkerData,
} from './worker-protocol.js';

const data = workerData as SoloWorkerData | PoolWorkerData | undefined;
const coverage = measuringCoverage();

if (data?.solo) {
  const { port, control } = data;
  // Changed mode parses a file's versions to select, then lints them: each is parsed once.
  const summariseFile = rememberingSummarise();
  port.on('message', (message: FileTask | typeof TAKE_COVERAGE) => {
    if (message === TAKE_COVERAGE) takeCoverage();
    else port.postMessage(runTask(message, undefined, summariseFile));
    Atomics.store(control, 0, SOLO.done);
    Atomics.notify(control, 0);
  });
  Atomics.store(control, 0, SOLO.ready);
  Atomics.notify(control, 0);
} else if (data) {
  const { progress, startedAt } = data;
  parentPort?.on('message', ({ id, tasks }: BatchMessage) => {
    for (const { index, task } of tasks) {
      startedAt[0] = Date.now();
      Atomics.store(progress, 0, index + 1);
      const message: ResultMessage = { id, index, result: runTask(task) };
      // Before the batch's last result: the pool may terminate this worker once it has it.
      if (coverage && index === tasks.at(-1)!.index) takeCoverage();
      parentPort!.postMessage(message);
    }
    Atomics.store(progress, 0, 0);
  });
}
