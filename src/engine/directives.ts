/** Apply inline `<!-- faq-lint-... -->` comments to a file's findings. Pure. */
import type { DirectiveSummary, Finding } from '../types.js';
import { meant } from '../text/detail.js';
import { closest } from '../text/similar.js';
import { inlineConfigInvalid } from '../../rules/core/index.js';
import { toFinding } from './findings.js';

/**
 * Drop the findings that directives silence, and add an `inline-config-invalid` finding for
 * each unknown rule id a directive names (when that rule is enabled).
 */
export function applyDirectives(
  findings: Finding[],
  directives: DirectiveSummary[],
  knownRules: ReadonlySet<string>,
  invalidSeverity?: 'warn' | 'error',
): Finding[] {
  const problems: Finding[] = [];
  if (invalidSeverity) {
    for (const directive of directives) {
      for (const id of directive.ruleIds) {
        if (!knownRules.has(id))
          problems.push(
            toFinding(inlineConfigInvalid.meta, invalidSeverity, {
              messageId: 'unknownRule',
              data: { ruleId: id, directive: directive.type },
              detail: meant(closest(id, knownRules)),
              span: directive.span,
            }),
          );
      }
    }
  }
  if (directives.length === 0) return findings.concat(problems);
  const ordered = orderDirectives(directives);
  return findings.filter((finding) => !isSilenced(finding, ordered)).concat(problems);
}

/** Directives in document order, as `isSilenced` needs them. */
export const orderDirectives = (directives: readonly DirectiveSummary[]): DirectiveSummary[] =>
  [...directives].sort((a, b) => a.span.start.offset - b.span.start.offset);

const names = (directive: DirectiveSummary, ruleId: string): boolean =>
  directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);

/** True when a directive silences the finding; `directives` in document order (`orderDirectives`). */
export function isSilenced(finding: Finding, directives: readonly DirectiveSummary[]): boolean {
  let disabled = false;
  for (const directive of directives) {
    const line = directive.span.start.line;
    if (!names(directive, finding.ruleId)) continue;
    switch (directive.type) {
      case 'disable-line':
        if (line === finding.line) return true;
        break;
      case 'disable-next-line':
        if (directive.span.end.line + 1 === finding.line) return true;
        break;
      case 'disable':
        if (isBefore(directive, finding)) disabled = true;
        break;
      case 'enable':
        if (isBefore(directive, finding)) disabled = false;
        break;
    }
  }
  return disabled;
}

/** A range directive applies from its own line on (findings on its line included). */
const isBefore = (directive: DirectiveSummary, finding: Finding): boolean => directive.span.start.line <= finding.line;
