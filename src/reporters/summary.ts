/**
 * The Markdown run summary (`--summary <path>`, and the job summary in GitHub Actions): counts
 * per rule in a table, then the first findings, each linking to its line.
 */
import type { LintResult } from '../engine/lint.js';
import { printable, wellFormed } from '../text/printable.js';
import { plural } from '../text/plural.js';
import { fullMessage } from './message.js';
import { displayPath } from './paths.js';
import type { ReportContext } from './types.js';

/** How many findings the summary lists one by one. */
export const SUMMARY_FINDINGS = 20;

export interface SummaryOptions {
  /**
   * Prefix of a link to a file's lines, joined with the root-relative path and `#L<line>`,
   * e.g. `https://github.com/o/r/blob/<sha>/`. Without one, links are root-relative paths.
   */
  blobUrl?: string;
}

/** Escape Markdown and HTML in user text (messages, paths) for a table cell or list item: one line, no raw controls. */
export function markdownText(text: string): string {
  return printable(text.replace(/[\r\n]+/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#!~])/g, '\\$1');
}

/**
 * A link destination: everything but URL-safe ASCII percent-encoded (UTF-8), so no space,
 * parenthesis, bracket, line break or control character can end it or the line.
 */
export function linkTarget(url: string): string {
  return wellFormed(url).replace(/[^A-Za-z0-9\-._~/!$&'*+,;=:@%#?]/gu, (c) =>
    encodeURIComponent(c).replace(/[!'()*]/g, (d) => `%${d.charCodeAt(0).toString(16).toUpperCase()}`),
  );
}

/** A rule id as inline code (a backtick cannot be escaped inside code: it never appears in a rule id, and is replaced if it does). */
const ruleCode = (ruleId: string): string => `\`${printable(ruleId).replace(/[`|]/g, "'")}\``;

export function markdownSummary(
  result: LintResult,
  context: Pick<ReportContext, 'cwd' | 'root'>,
  options: SummaryOptions = {},
): string {
  const files = result.results.length;
  const withFindings = result.results.filter((f) => f.findings.length > 0).length;
  const lines = ['## faq-lint', ''];
  const notes = (result.notes ?? []).map((note) => `> **Note:** ${markdownText(note.message)}`);
  if (result.errorCount + result.warningCount === 0) {
    lines.push(`No problems found in ${plural(files, 'file')}.`, '');
    if (notes.length > 0) lines.push(...notes, '');
    return lines.join('\n');
  }
  lines.push(
    `${plural(result.errorCount, 'error')} and ${plural(result.warningCount, 'warning')} in ${plural(withFindings, 'file')} (${plural(files, 'file')} linted).`,
    '',
  );
  if (notes.length > 0) lines.push(...notes, '');

  const perRule = new Map<string, { errors: number; warnings: number }>();
  for (const file of result.results) {
    for (const finding of file.findings) {
      const counts = perRule.get(finding.ruleId) ?? { errors: 0, warnings: 0 };
      if (finding.severity === 2) counts.errors++;
      else counts.warnings++;
      perRule.set(finding.ruleId, counts);
    }
  }
  lines.push('| Rule | Errors | Warnings |', '| --- | ---: | ---: |');
  for (const [ruleId, counts] of [...perRule].sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(`| ${ruleCode(ruleId)} | ${counts.errors} | ${counts.warnings} |`);
  lines.push('');

  const all = result.results.flatMap((file) =>
    file.findings.map((finding) => ({ shown: displayPath(file.filePath, context), finding })),
  );
  lines.push(all.length > SUMMARY_FINDINGS ? `First ${SUMMARY_FINDINGS} of ${all.length} findings:` : 'Findings:', '');
  for (const { shown, finding } of all.slice(0, SUMMARY_FINDINGS)) {
    const where = `${shown}:${finding.line}:${finding.column}`;
    // The path's own '%' and '#' are data, not URL syntax: encode each segment whole.
    const url = linkTarget(
      `${options.blobUrl ?? ''}${wellFormed(shown).split('/').map(encodeURIComponent).join('/')}#L${finding.line}`,
    );
    const icon = finding.severity === 2 ? 'error' : 'warning';
    lines.push(
      `- **${icon}** [${markdownText(where)}](${url}) ${ruleCode(finding.ruleId)}: ${markdownText(fullMessage(finding))}`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
