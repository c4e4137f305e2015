/**
 * `github`: GitHub Actions workflow commands, one annotation per finding:
 * `::error file=docs/a.md,line=3,col=5,endLine=3,endColumn=9,title=file-not-found::message`.
 * Escaping follows the Actions toolkit (`@actions/core` command.ts): data escapes `%`, CR and
 * LF; property values also escape `:` and `,`. So no file name or message can end the line and
 * start a command of its own; other control characters are shown as `\u001b` escapes.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
import { printable } from '../text/printable.js';
import type { Finding } from '../types.js';
import { displayPath } from './paths.js';
import { fullMessage } from './message.js';
import type { Reporter } from './types.js';

/** Escape the message part of a workflow command. */
export function escapeData(text: string): string {
  return printable(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escape a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One workflow command for one finding in the file at `file` (as shown). */
export function annotation(file: string, finding: Finding): string {
  const command = finding.severity === 2 ? 'error' : 'warning';
  const properties: [string, string | number][] = [
    ['file', file],
    ['line', finding.line],
    ['col', finding.column],
    ['endLine', finding.endLine],
    ['endColumn', finding.endColumn],
    ['title', finding.ruleId],
  ];
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${command} ${list}::${escapeData(fullMessage(finding))}`;
}

export const github: Reporter = (result, context) => {
  const lines: string[] = [];
  for (const file of result.results) {
    const shown = displayPath(file.filePath, context);
    for (const finding of file.findings) lines.push(annotation(shown, finding));
  }
  // What the run could not check: a notice on the run, not on a file.
  for (const note of result.notes ?? [])
    lines.push(`::notice title=${escapeProperty('faq-lint')}::${escapeData(note.message)}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
