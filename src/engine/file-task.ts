/**
 * The unit of work that runs in a worker thread: one file's text in, its summary and per-file
 * findings out. Plain data both ways (it crosses a worker boundary and is cached); the same
 * function runs wherever the file is parsed, so every place gets the same result.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { RunSettings } from '../types.js';
import { summarise } from '../summary/summarise-file.js';
import { processFile, type FileOutput } from './process-file.js';
import type { SummariseFile } from './recent-summaries.js';
import { internalError } from './rule-runner.js';
import type { RuleSet } from './rule-set.js';

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

/**
 * A task's outcome: the summary unless the file was refused or parsing failed (then `findings`
 * says why: for a summary task, the refusal's rule is reported only where the file is linted).
 */
export type TaskResult = FileOutput;

/**
 * Run one task (a lint task with `rules`: faq-lint's own, in a worker). Never throws: a parser
 * failure becomes an `internal-error` finding (at its configured severity). `summariseFile`: how
 * texts are parsed (the guarded worker's remembers its last few: `recent-summaries.ts`).
 */
export function runTask(task: FileTask, rules?: RuleSet, summariseFile: SummariseFile = summarise): TaskResult {
  try {
    if (task.kind === 'lint') return processFile(task, rules, summariseFile);
    const summarised = summariseFile(task.path, task.text);
    return summarised?.ok ? { summary: summarised.parsed.summary, findings: [] } : { findings: [] };
  } catch (error) {
    // A summary task's findings are not reported (its file is not linted).
    const finding = task.kind === 'lint' ? internalError('parser', error, task.config) : undefined;
    return { findings: finding ? [finding] : [] };
  }
}
