/**
 * `stylish`: the human format, through vfile-reporter (unified's standard reporter): per file, a
 * row per finding (line:column, severity, message, rule id), the finding's `detail` on a second
 * line under its message, and a total. Messages are short, so rows fit a 100-column terminal;
 * the rule id is the only source shown (every finding is faq-lint's).
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { reporter as vfileReporter } from 'vfile-reporter';
import { printable } from '../text/printable.js';
import type { Finding } from '../types.js';
import type { Reporter } from './types.js';

const DIM = '\u001b[2m';
const NORMAL = '\u001b[22m';

/** vfile-reporter's position cell for a finding: its start, `line:column`. */
const positionCell = (finding: Finding): string => `${finding.line}:${finding.column}`;

export const stylish: Reporter = (result, context) => {
  // Like ESLint, only files with findings are listed.
  const withFindings = result.results.filter((file) => file.findings.length > 0);
  // vfile-reporter pads each column to its widest cell; a detail line is printed as it is, so it
  // is indented here to start under the message column.
  const findings = withFindings.flatMap((file) => file.findings);
  // A loop, not Math.max(...array): spreading a long list into arguments can overflow the stack.
  const indent =
    findings.reduce((n, f) => Math.max(n, positionCell(f).length), 0) +
    1 +
    (findings.some((f) => f.severity === 1) ? 'warning'.length : 'error'.length) +
    1;
  const files = withFindings.map((file) => {
    // Everything shown is escaped: a file name or message can hold any character a pull request puts there.
    const vfile = new VFile({
      path: printable(path.relative(context.cwd, file.filePath) || file.filePath),
      cwd: context.cwd,
    });
    for (const finding of file.findings) {
      const shownDetail = finding.detail && printable(finding.detail);
      const detail = shownDetail
        ? `\n${' '.repeat(indent)}${context.color ? `${DIM}${shownDetail}${NORMAL}` : shownDetail}`
        : '';
      const message = vfile.message(`${printable(finding.message)}${detail}`, {
        place: { line: finding.line, column: finding.column },
        ruleId: printable(finding.ruleId),
      });
      message.fatal = finding.severity === 2;
    }
    return vfile;
  });
  const text =
    files.length === 0 ? '' : vfileReporter(files, { color: context.color, quiet: context.quiet, verbose: false });
  // The run's notes close the report, even a clean one: what was not checked must be seen.
  const notes = (result.notes ?? []).map((note) => `note: ${printable(note.message)}\n`).join('');
  return [text && `${text}\n`, notes].filter(Boolean).join('\n');
};
