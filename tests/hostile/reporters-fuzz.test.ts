/**
 * Fuzzing the output edge (fast-check): file names, rule ids and messages made of any characters
 * (controls, line breaks, `::`, `%`, bidi controls, lone surrogates) go through every reporter,
 * the Markdown summary, the fix diff and the CLI's stderr. No output may carry a raw control
 * character (but the format's own line breaks and, with colour, its SGR codes), every github
 * line must be one workflow command, and JSON, SARIF and JUnit must still parse to the same data.
 * Fixed seed and bounded runs in `npm test`; `npm run fuzz` raises FAQ_LINT_FUZZ_RUNS.
 */
import path from 'node:path';
import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { run } from '../../src/cli/main.js';
import type { LintResult } from '../../src/engine/lint.js';
import { fixesDiff } from '../../src/fix/diff.js';
import { reporters, type ReportContext } from '../../src/reporters/index.js';
import { fullMessage } from '../../src/reporters/message.js';
import { markdownSummary } from '../../src/reporters/summary.js';
import { printable, printableKeepingLines } from '../../src/text/printable.js';
import type { Finding } from '../../src/types.js';

const RUNS = Number(process.env.FAQ_LINT_FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FAQ_LINT_FUZZ_SEED ?? 20261126);
const params = { seed: SEED, numRuns: RUNS, endOnFailure: true };

const ROOT = path.join(path.sep, 'w', 'repo');
const context: ReportContext = { cwd: ROOT, root: ROOT, color: false, quiet: false, rules: allRules };

/** Characters that must never reach an output raw (line feed is checked per format). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** The hostile pieces, mixed with any code unit at all. */
const PIECES = [
  '\n',
  '\r',
  '\r\n',
  '\u001b]8;;http://x\u0007',
  '\u001b[2J',
  '\u009b',
  '\u0085',
  '\u2028',
  '\u202e',
  '::error file=x::pwned',
  '%0A',
  '%',
  ',',
  ':',
  '`',
  '|',
  '](',
  ')',
  '<script>',
  '&',
  '"',
  "'",
  '\\',
  '#',
  '\ud800',
  'é',
  '😀',
];
const text = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));
const name = text.map((t) => t.replace(/[/\\\0]/g, '_') || 'x');
const ruleId = fc.oneof(fc.constantFrom(...allRules.map((r) => r.meta.id)), text);
const position = fc.integer({ min: 1, max: 1000 });
const finding: fc.Arbitrary<Finding> = fc.record(
  {
    ruleId,
    severity: fc.constantFrom(1 as const, 2 as const),
    message: text,
    detail: text,
    line: position,
    column: position,
    endLine: position,
    endColumn: position,
  },
  { requiredKeys: ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn'] },
);
const note = fc
  .record({ message: text, file: text, reason: text })
  .map((n) => ({ kind: 'redirection-file-unreadable' as const, ...n }));
const lintResult: fc.Arbitrary<LintResult> = fc
  .tuple(
    fc.array(fc.record({ folder: name, file: name, findings: fc.array(finding, { maxLength: 4 }) }), {
      minLength: 1,
      maxLength: 4,
    }),
    fc.array(note, { maxLength: 2 }),
  )
  .map(([files, notes]) => {
    const results = files.map(({ folder, file, findings }) => {
      const errorCount = findings.filter((f) => f.severity === 2).length;
      return {
        filePath: path.join(ROOT, folder, `${file}.md`),
        path: `${folder}/${file}.md`,
        docsetRoot: ROOT,
        findings,
        errorCount,
        warningCount: findings.length - errorCount,
      };
    });
    return {
      results,
      errorCount: results.reduce((n, r) => n + r.errorCount, 0),
      warningCount: results.reduce((n, r) => n + r.warningCount, 0),
      notes,
    };
  });

/** The raw control characters in `output` other than line feeds, shown for the failure message. */
const rawIn = (output: string): string[] =>
  [...output.replace(/\n/g, '')]
    .filter((c) => RAW.test(c))
    .map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

describe('fuzz: reporters never print a raw control character or an unescaped workflow command', () => {
  it('stylish (with and without colour), json, sarif, github, junit and the Markdown summary', () => {
    fc.assert(
      fc.property(lintResult, (result) => {
        const findings = result.results.flatMap((r) => r.findings);
        for (const [format, reporter] of Object.entries(reporters)) {
          const output = reporter(result, context);
          expect(rawIn(output), format).toEqual([]);
        }
        // Colour: the only escape sequences are the reporter's own SGR codes.
        // eslint-disable-next-line no-control-regex -- removing the SGR codes is the point
        const coloured = reporters.stylish(result, { ...context, color: true }).replace(/\u001b\[[0-9;]*m/g, '');
        expect(rawIn(coloured)).toEqual([]);

        // JSON and SARIF parse back to the same messages (escaping changes the text, not the data).
        const json = JSON.parse(reporters.json(result, context)) as { messages: { message: string }[] }[];
        expect(json.flatMap((f) => f.messages.map((m) => m.message))).toEqual(findings.map((f) => f.message));
        const sarif = JSON.parse(reporters.sarif(result, context)) as {
          runs: { results: { message: { text: string } }[] }[];
        };
        expect(sarif.runs[0]!.results.map((r) => r.message.text)).toEqual(findings.map(fullMessage));

        // github: one workflow command per finding, each on its own line, nothing else.
        const lines = reporters.github(result, context).split('\n');
        expect(lines.pop()).toBe('');
        expect(lines).toHaveLength(findings.length + (result.notes?.length ?? 0));
        for (const line of lines)
          expect(line).toMatch(
            /^(::(error|warning) file=[^,:\r\n]*,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:\r\n]*|::notice title=faq-lint)::[^\r\n]*$/,
          );

        // junit: well-formed XML.
        const xml = reporters.junit(result, context);
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(() => void new XMLParser().parse(xml)).not.toThrow();

        // The Markdown summary: every line one of its own kinds; link targets without spaces, parentheses or controls.
        const summary = markdownSummary(result, context, { blobUrl: 'https://github.com/o/r/blob/abc/' });
        expect(rawIn(summary)).toEqual([]);
        for (const line of summary.split('\n')) {
          expect(line).toMatch(
            /^(## faq-lint|\d+ errors? and \d+ warnings? in \d+ files? \(\d+ files? linted\)\.|No problems found in \d+ files?\.|\| Rule \| Errors \| Warnings \||\| --- \| ---: \| ---: \||\| `[^`|]*` \| \d+ \| \d+ \||Findings:|First \d+ of \d+ findings:|- \*\*(error|warning)\*\* \[.*\]\([^\s()<>]*\) `[^`]*`: .*|> \*\*Note:\*\* .*|)$/,
          );
        }
      }),
      params,
    );
  });

  it('stderr: a usage error quoting any text is one line, then the hint', async () => {
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.constantFrom('--now', '--rule', '--max-warnings', '--format', '--file-time-limit'),
        async (value, flag) => {
          let stdout = '';
          let stderr = '';
          const io = {
            cwd: ROOT,
            env: {},
            stdout: { write: (t: string) => (stdout += t) },
            stderr: { write: (t: string) => (stderr += t) },
          };
          const code = await run([flag, value, '--no-config'], io);
          if (code !== 2) return; // a value that happens to be valid
          expect(stdout).toBe('');
          expect(rawIn(stderr)).toEqual([]);
          // One line of faq-lint's, then (for usage errors) the hint: never a line the value started.
          const lines = stderr.split('\n');
          expect(lines[0]).toMatch(/^faq-lint: /);
          expect(lines.slice(1)).toEqual(lines.length === 3 ? ["Run 'faq-lint --help' for usage.", ''] : ['']);
        },
      ),
      params,
    );
  });

  it('the --fix-dry-run diff: names fully escaped, lines of text keep only tabs and line breaks', () => {
    fc.assert(
      fc.property(name, text, text, (file, before, after) => {
        const diff = fixesDiff(
          [{ filePath: path.join(ROOT, `${file}.md`), before, after: `${after}x`, bom: false, applied: 1 }],
          ROOT,
        );
        expect(rawIn(diff.replace(/[\t\r]/g, ''))).toEqual([]);
        expect(diff).toContain(`--- a/${printable(`${file}.md`)}`);
        expect(printableKeepingLines(diff)).toBe(diff);
      }),
      params,
    );
  });
});
