/**
 * Findings as LSP diagnostics: the CLI's message with its detail on a second line, the rule id as
 * the code with a link to its page, the CLI's severities. Pure conversion plus the result ids of
 * pull diagnostics (equal ids: nothing changed).
 */
import { createHash } from 'node:crypto';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver/node';
import { rulesById } from '../../rules/index.js';
import { isUncheckedZoneLink } from '../../rules/links/targets.js';
import { resolveLink } from '../docset/resolve-link.js';
import { ruleDocUrl } from '../meta.js';
import type { FileSummary, Finding } from '../types.js';
import { spanRange } from './targets.js';

/** The diagnostics' `source`. */
export const SOURCE = 'faq-lint';

/** The LSP range of a finding (LSP positions are 0-based; both count UTF-16 code units). */
export function findingRange(finding: Finding): Range {
  return {
    start: { line: finding.line - 1, character: finding.column - 1 },
    end: { line: finding.endLine - 1, character: finding.endColumn - 1 },
  };
}

/** One finding as a diagnostic. */
export function toDiagnostic(finding: Finding): Diagnostic {
  const rule = rulesById.get(finding.ruleId);
  const diagnostic: Diagnostic = {
    range: findingRange(finding),
    severity: finding.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: SOURCE,
    code: finding.ruleId,
    message: finding.detail ? `${finding.message}\n${finding.detail}` : finding.message,
  };
  if (rule) diagnostic.codeDescription = { href: ruleDocUrl(rule.meta.family, rule.meta.id) };
  return diagnostic;
}

/** The `code` of the hint on a link left unchecked inside a moniker range (the run note's kind). */
export const ZONE_LINK_CODE = 'links-in-moniker-zones';

/**
 * A hint on each link of the file that the links rules leave unchecked because it stands inside a
 * moniker range: the CLI counts them in a run note, which an editor has no place for, and a miss
 * must be visible where the writer edits. Hints are not problems: editors show them faintly and
 * leave them out of the problem list.
 */
export function zoneLinkHints(summary: FileSummary, from: string, sitePrefixes: Record<string, string>): Diagnostic[] {
  const hints: Diagnostic[] = [];
  const rule = rulesById.get('file-not-found');
  for (const reference of summary.references) {
    if (!reference.monikerZone || !isUncheckedZoneLink(reference, resolveLink(reference.url, { from, sitePrefixes })))
      continue;
    const hint: Diagnostic = {
      range: spanRange(reference.span),
      severity: DiagnosticSeverity.Hint,
      source: SOURCE,
      code: ZONE_LINK_CODE,
      message:
        'Not checked: this link is inside a moniker range, which the Learn build shows only for the versions it shares with the page',
    };
    // The rule pages say why (file-not-found's, like the other links rules').
    if (rule) hint.codeDescription = { href: ruleDocUrl(rule.meta.family, rule.meta.id) };
    hints.push(hint);
  }
  return hints;
}

/** A finding is the one a diagnostic shows: same rule, same range. */
export function isFindingOf(finding: Finding, diagnostic: Diagnostic): boolean {
  if (diagnostic.source !== SOURCE || diagnostic.code !== finding.ruleId) return false;
  const range = findingRange(finding);
  const { start, end } = diagnostic.range;
  return (
    start.line === range.start.line &&
    start.character === range.start.character &&
    end.line === range.end.line &&
    end.character === range.end.character
  );
}

/** The result id of a report: the same diagnostics give the same id. */
export function resultIdOf(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.length === 0 ? 'none' : createHash('sha1').update(JSON.stringify(diagnostics)).digest('hex');
}

const reports = new WeakMap<readonly Finding[], { diagnostics: Diagnostic[]; resultId: string }>();

/**
 * The diagnostics of a file's findings and their result id, worked out once per findings array:
 * the session hands out the same array until a change affects the file, so a workspace report
 * over thousands of files costs a lookup per unchanged file.
 */
export function reportOf(findings: readonly Finding[]): { diagnostics: Diagnostic[]; resultId: string } {
  let report = reports.get(findings);
  if (!report) {
    const diagnostics = findings.map(toDiagnostic);
    reports.set(findings, (report = { diagnostics, resultId: resultIdOf(diagnostics) }));
  }
  return report;
}
