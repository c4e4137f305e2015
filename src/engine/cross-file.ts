/**
 * The cross-file stage: each linted file's `checkDocset` rules over the docset's summaries, then
 * its inline directives. Runs in the main thread once every summary is in; not cached per file,
 * so a change in one file re-checks the links into it from every other file (only a whole run
 * where nothing changed is reused: `run-cache.ts`).
 */
import type { Finding, UncheckedBookmark, UncheckedZoneLink } from '../types.js';
import { FindingCollector } from './collect.js';
import type { Job } from './plan.js';
import { finishFindings, runDocsetRules } from './rule-runner.js';
import { BUILT_IN, type RuleSet } from './rule-set.js';

/**
 * A job's final findings: early + per-file + cross-file, with directives applied, at most the cap
 * per rule, sorted, then one "N more" finding per rule over the cap; with the counts. Checks the
 * rules leave undone go to `notChecked`, for the run's notes.
 */
export function finalFindings(
  job: Job,
  notChecked: (unchecked: UncheckedBookmark | UncheckedZoneLink) => void = () => {},
  rules: RuleSet = BUILT_IN,
): { findings: Finding[]; errorCount: number; warningCount: number } {
  const directives = job.output?.summary.directives ?? [];
  const collector = new FindingCollector(directives, job.output);
  for (const finding of job.early) collector.add(finding);
  if (job.output)
    runDocsetRules(
      rules,
      job.config,
      { path: job.relative, summary: job.output.summary, docset: job.docset, settings: job.settings, notChecked },
      collector,
    );
  return finishFindings(collector.result(), directives, rules, job.config);
}
