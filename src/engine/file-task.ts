/**
 * The unit of work that runs in a worker thread or in-process: one file's text in, its summary
 * and per-file findings out. Plain data both ways (it crosses a worker boundary and is cached);
 * the same function runs in both places, so a pooled run and an in-process run agree exactly.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { FileSummary, Finding, RunSettings } from '../types.js';
import { fileKindOf } from './file-kinds.js';
import { internalError, processFile } from './process-file.js';

/** Lint a file of the lint set: summary and per-file rule findings. */
export interface LintTask {
  kind: 'lint';
  /** Docset-relative POSIX path. */
  path: string;
  text: string;
  config: ResolvedConfig;
  settings: RunSettings;
  /** The file's text at the run's git base (changed mode), for rules that compare versions. */
  previousText?: string;
}

/** Summarise a file outside the lint set that a cross-file rule will need (a link target). */
export interface SummaryTask {
  kind: 'summary';
  path: string;
  text: string;
}

export type FileTask = LintTask | SummaryTask;

/** A task's outcome: the summary unless parsing failed (then `findings` says why). */
export interface TaskResult {
  summary?: FileSummary;
  findings: Finding[];
}

/** Run one task. Never throws: a parser failure becomes an `internal-error` finding. */
export function runTask(task: FileTask): TaskResult {
  try {
    if (task.kind === 'lint') return processFile(task);
    const handler = fileKindOf(task.path, task.text);
    return handler ? { summary: handler.parse(task.path, task.text).summary, findings: [] } : { findings: [] };
  } catch (error) {
    return { findings: [internalError('parser', error)] };
  }
}
