/** `stylish`: the human format, through vfile-reporter (unified's standard reporter). */
import path from 'node:path';
import { VFile } from 'vfile';
import { reporter as vfileReporter } from 'vfile-reporter';
import type { Reporter } from './types.js';

export const stylish: Reporter = (result, context) => {
  // Like ESLint, only files with findings are listed.
  const files = result.results.filter((file) => file.findings.length > 0).map((file) => {
    const vfile = new VFile({ path: path.relative(context.cwd, file.filePath) || file.filePath, cwd: context.cwd });
    for (const finding of file.findings) {
      const message = vfile.message(finding.message, {
        place: { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
        ruleId: finding.ruleId,
        source: 'faq-lint',
      });
      message.fatal = finding.severity === 2;
    }
    return vfile;
  });
  const text = files.length === 0 ? '' : vfileReporter(files, { color: context.color, quiet: context.quiet, verbose: false });
  // The run's notes close the report, even a clean one: what was not checked must be seen.
  const notes = (result.notes ?? []).map((note) => `note: ${note.message}\n`).join('');
  return [text && `${text}\n`, notes].filter(Boolean).join('\n');
};
