/**
 * The cross-file stage: each linted file's `checkDocset` rules over the docset's summaries, then
 * its inline directives. Runs in the main thread once every summary is in; never cached, so a
 * change in one file re-checks the links into it from every other file.
 */
import { rulesById } from '../../rules/index.js';
import type { Finding, UncheckedBookmark } from '../types.js';
import { applyDirectives } from './directives.js';
import { compareFindings, toFinding } from './findings.js';
import type { Job } from './plan.js';
import { internalError } from './process-file.js';

const knownRules: ReadonlySet<string> = new Set(rulesById.keys());

/**
 * A job's final findings, sorted: early + per-file + cross-file, with directives applied. Checks
 * the rules leave undone go to `notChecked`, for the run's notes.
 */
export function finalFindings(job: Job, notChecked: (unchecked: UncheckedBookmark) => void = () => {}): Finding[] {
  const findings = [...job.early];
  if (job.output) {
    const { summary } = job.output;
    findings.push(...job.output.findings);
    for (const [id, { severity, options }] of Object.entries(job.config.rules)) {
      const rule = rulesById.get(id);
      if (!rule?.checkDocset) continue;
      try {
        rule.checkDocset({ path: job.relative, summary, docset: job.docset, options, settings: job.settings, report: (report) => findings.push(toFinding(id, severity, report)), notChecked });
      } catch (error) {
        findings.push(internalError(id, error));
      }
    }
  }
  const directives = job.output?.summary.directives ?? [];
  return applyDirectives(findings, directives, knownRules, job.config.rules['inline-config-invalid']?.severity).sort(compareFindings);
}
