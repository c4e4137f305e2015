/**
 * What a file stopped at its limits (`limits.ts`) gets: one `file-too-complex` finding, with the
 * limit in its message. Used by the guarded worker and the pool when they stop a task.
 */
import type { TaskResult, FileTask } from './file-task.js';
import { fileTooComplex } from '../../rules/core/index.js';
import type { MessageData } from '../types.js';
import { formatMessage, toFinding } from './findings.js';
import { FILE_HEAP_MB } from './limits.js';

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
