/**
 * The cross-file stage: each linted file's `checkDocset` rules over the docset's summaries, then
 * its inline directives. Runs in the main thread once every summary is in; never cached, so a
 * change in one file re-checks the links into it from every other file.
 */
import { ruleChecksKind } from '../../rules/define.js';
import { rulesById } from '../../rules/index.js';
import type { Finding, UncheckedBookmark } from '../types.js';
import { FindingCollector, withOmitted } from './collect.js';
import { applyDirectives } from './directives.js';
import { compareFindings, toFinding } from './findings.js';
import type { Job } from './plan.js';
import { internalError } from './process-file.js';

const knownRules: ReadonlySet<string> = new Set(rulesById.keys());

/**
 * A job's final findings: early + per-file + cross-file, with directives applied, at most the cap
 * per rule, sorted, then one "N more" finding per rule over the cap; with the counts. Checks the
 * rules leave undone go to `notChecked`, for the run's notes.
 */
export function finalFindings(
  job: Job,
  notChecked: (unchecked: UncheckedBookmark) => void = () => {},
): { findings: Finding[]; errorCount: number; warningCount: number } {
  const directives = job.output?.summary.directives ?? [];
  const collector = new FindingCollector(directives, job.output);
  for (const finding of job.early) collector.add(finding);
  if (job.output) {
    const { summary } = job.output;
    for (const [id, { severity, options }] of Object.entries(job.config.rules)) {
      const rule = rulesById.get(id);
      if (!rule?.checkDocset || !ruleChecksKind(rule.meta, summary.kind)) continue;
      try {
        rule.checkDocset({
          path: job.relative,
          summary,
          docset: job.docset,
          options,
          settings: job.settings,
          report: (report) => collector.add(toFinding(id, severity, report)),
          notChecked,
        });
      } catch (error) {
        collector.add(internalError(id, error));
      }
    }
  }
  const collected = collector.result();
  // Unknown rule ids in comments: reported by applyDirectives, then capped like any finding.
  const withProblems = new FindingCollector([], {
    findings: applyDirectives(
      collected.findings,
      directives,
      knownRules,
      job.config.rules['inline-config-invalid']?.severity,
    ),
    omitted: collected.omitted,
  }).result();
  return withOmitted(withProblems.findings.sort(compareFindings), withProblems.omitted);
}
