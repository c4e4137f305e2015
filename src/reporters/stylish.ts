/** `stylish`: the human format, through vfile-reporter (unified's standard reporter). */
import path from 'node:path';
import { VFile } from 'vfile';
import { reporter as vfileReporter } from 'vfile-reporter';
import { printable } from '../text/printable.js';
import type { Reporter } from './types.js';

export const stylish: Reporter = (result, context) => {
  // Like ESLint, only files with findings are listed.
  const files = result.results.filter((file) => file.findings.length > 0).map((file) => {
    // Everything shown is escaped: a file name or message can hold any character a pull request puts there.
    const vfile = new VFile({ path: printable(path.relative(context.cwd, file.filePath) || file.filePath), cwd: context.cwd });
    for (const finding of file.findings) {
      const message = vfile.message(printable(finding.message), {
        place: { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
        ruleId: printable(finding.ruleId),
        source: 'faq-lint',
      });
      message.fatal = finding.severity === 2;
    }
    return vfile;
  });
  const text = files.length === 0 ? '' : vfileReporter(files, { color: context.color, quiet: context.quiet, verbose: false });
  // The run's notes close the report, even a clean one: what was not checked must be seen.
  const notes = (result.notes ?? []).map((note) => `note: ${printable(note.message)}\n`).join('');
  return [text && `${text}\n`, notes].filter(Boolean).join('\n');
};
