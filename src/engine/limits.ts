/**
 * What one file may cost. Enforced outside the parser: the file is parsed and checked in a
 * worker thread, which is stopped when the file takes longer than the time limit or when its heap
 * is full; the file then gets one `file-too-complex` finding and the run goes on. The figures
 * behind these numbers are in docs/guarantees.md.
 */
import type { TaskResult, FileTask } from './file-task.js';
import { fileTooComplex } from '../../rules/core/index.js';
import type { MessageData } from '../types.js';
import { formatMessage, toFinding } from './findings.js';

/**
 * Seconds a file may take by default (`--file-time-limit`). The slowest real article of the
 * corpus takes under 2 s; a 4 MB article made of real ones about 10 s on the project's machine.
 */
export const DEFAULT_FILE_TIME_LIMIT = 30;

/**
 * Heap of the worker that runs one file at a time (small runs, link targets on demand, and files
 * that ran out of memory in a pool worker): a 4 MB article made of real ones needs about 500 MB.
 */
export const FILE_HEAP_MB = 768;

/** Young generation of every worker: small, so scavenges stay cheap (see docs/performance.md). */
export const YOUNG_GENERATION_MB = 32;

/** The time limit in milliseconds, from seconds (`LintOptions.fileTimeLimit`). */
export const timeLimitMs = (seconds: number | undefined): number =>
  Math.max(1, Math.round((seconds ?? DEFAULT_FILE_TIME_LIMIT) * 1000));

/** The message of a file stopped at its limits (file-too-complex's `stopped`). */
export function stoppedMessage(limitMs: number): string {
  return formatMessage(fileTooComplex.meta.messages.stopped, stoppedData(limitMs));
}

const stoppedData = (limitMs: number): MessageData => ({
  seconds: Math.round(limitMs / 100) / 10,
  heapMb: FILE_HEAP_MB,
});

/** The detail of that message. */
export const STOPPED_DETAIL =
  'linting this file took longer or needed more memory, so faq-lint stopped it; see --file-time-limit';

/** The result of a task stopped at its limits: one `file-too-complex` finding for a linted file, no summary. */
export function stoppedResult(task: FileTask, limitMs: number): TaskResult {
  if (task.kind !== 'lint') return { findings: [] };
  const rule = task.config.rules['file-too-complex'];
  return {
    findings: rule
      ? [
          toFinding(fileTooComplex.meta, rule.severity, {
            messageId: 'stopped',
            data: stoppedData(limitMs),
            detail: STOPPED_DETAIL,
          }),
        ]
      : [],
  };
}
