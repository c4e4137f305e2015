/** --fix and --fix-dry-run: byte-exact results, atomic writes, nothing written that should not be. */
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyFixes, dominantEol } from '../../src/fix/apply-fixes.js';
import { fixRun } from '../../src/fix/fix-run.js';
import { TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';
import { CORE_ONLY, writeCoreOnlyConfig } from './hostile-helpers.js';
import { runCli } from '../cli.js';

describe('applyFixes (pure)', () => {
  const text = 'abcdefghij';
  it('applies all non-overlapping fixes at once, in document order whatever the input order', () => {
    const fixes = [
      { range: [8, 9] as [number, number], text: 'I' },
      { range: [0, 1] as [number, number], text: 'AA' },
      { range: [4, 4] as [number, number], text: '+' },
    ];
    expect(applyFixes(text, fixes)).toEqual({ text: 'AAbcd+efghIj', applied: 3, skipped: 0 });
    expect(applyFixes(text, [...fixes].reverse())).toEqual(applyFixes(text, fixes));
  });

  it('skips a fix that overlaps or touches one already taken (left for the next pass)', () => {
    expect(
      applyFixes(text, [
        { range: [2, 5], text: 'X' },
        { range: [4, 7], text: 'Y' },
        { range: [5, 6], text: 'Z' },
        { range: [7, 8], text: 'W' },
      ]),
    ).toEqual({ text: 'abXfgWij', applied: 2, skipped: 2 });
  });

  it('ignores fixes out of range or reversed, and ones that change nothing', () => {
    expect(
      applyFixes(text, [
        { range: [5, 3], text: 'X' },
        { range: [9, 11], text: 'X' },
        { range: [-1, 0], text: 'X' },
        { range: [0, 1], text: 'a' },
      ]),
    ).toEqual({ text, applied: 0, skipped: 4 });
  });

  it('writes line breaks in fix text the way the file does', () => {
    expect(applyFixes('a\r\nb\r\n', [{ range: [1, 1], text: '\nx' }]).text).toBe('a\r\nx\r\nb\r\n');
    expect(applyFixes('a\nb\n', [{ range: [1, 1], text: '\r\nx' }]).text).toBe('a\nx\nb\n');
    expect(dominantEol('a\rb\rc\n')).toBe('\r');
    expect(dominantEol('')).toBe('\n');
  });
});

const FIX_RULES = {
  ...CORE_ONLY,
  'link-insecure': 'error',
  'docs-link-absolute': 'error',
  'ms-date-invalid': 'error',
} as const;
const BEFORE = (eol: string): string =>
  [
    '---',
    'title: T',
    'ms.date: 2020-04-15',
    '---',
    '# T',
    '',
    'See [x](http://learn.microsoft.com/en-us/azure/a) and [y](https://learn.microsoft.com/azure/b).',
    '',
  ].join(eol);
const AFTER = (eol: string): string =>
  ['---', 'title: T', 'ms.date: 04/15/2020', '---', '# T', '', 'See [x](/azure/a) and [y](/azure/b).', ''].join(eol);
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function fixTree(): string {
  const root = tempTree({
    'docfx.json': '{}',
    'lf.md': BEFORE('\n'),
    'crlf-bom.md': Buffer.concat([BOM, Buffer.from(BEFORE('\r\n'))]),
    'clean.md': AFTER('\n'),
    'not-named.md': BEFORE('\n'),
  });
  chmodSync(path.join(root, 'crlf-bom.md'), 0o640);
  return root;
}
const bytes = (root: string, file: string): Buffer => readFileSync(path.join(root, file));

describe('fixRun (API)', () => {
  it('fixes byte-exactly over several passes, keeping BOM, CRLF and mode; writes only changed, named files', async () => {
    const root = fixTree();
    const cleanStat = statSync(path.join(root, 'clean.md'));
    const run = await fixRun({
      cwd: root,
      patterns: ['lf.md', 'crlf-bom.md', 'clean.md'],
      noConfig: true,
      now: TEST_NOW,
      commandLineRules: FIX_RULES,
    });
    expect(bytes(root, 'lf.md').toString()).toBe(AFTER('\n'));
    expect(bytes(root, 'crlf-bom.md')).toEqual(Buffer.concat([BOM, Buffer.from(AFTER('\r\n'))]));
    expect(statSync(path.join(root, 'crlf-bom.md')).mode & 0o777).toBe(0o640);
    expect(bytes(root, 'not-named.md').toString()).toBe(BEFORE('\n'));
    expect(statSync(path.join(root, 'clean.md')).mtimeMs).toBe(cleanStat.mtimeMs);
    expect(run.files.map((f) => [path.basename(f.filePath), f.applied, f.notWritten])).toEqual([
      ['crlf-bom.md', 3, undefined],
      ['lf.md', 3, undefined],
    ]);
    // http -> https (link-insecure), then https://learn... -> /azure/... (docs-link-absolute) in a later pass.
    expect(run.passes).toBeGreaterThanOrEqual(2);
    expect(run.result.errorCount).toBe(0);
    // No temp file left behind.
    expect(readdirSync(root).sort()).toEqual(['clean.md', 'crlf-bom.md', 'docfx.json', 'lf.md', 'not-named.md']);
  });

  it('a second --fix changes nothing and writes nothing', async () => {
    const root = fixTree();
    const options = { cwd: root, patterns: ['.'], noConfig: true, now: TEST_NOW, commandLineRules: FIX_RULES };
    await fixRun(options);
    const after = Object.fromEntries(
      readdirSync(root).map((f) => [
        f,
        [bytes(root, f).toString('hex'), statSync(path.join(root, f)).mtimeMs, statSync(path.join(root, f)).ino],
      ]),
    );
    const second = await fixRun(options);
    expect(second.files).toEqual([]);
    expect(
      Object.fromEntries(
        readdirSync(root).map((f) => [
          f,
          [bytes(root, f).toString('hex'), statSync(path.join(root, f)).mtimeMs, statSync(path.join(root, f)).ino],
        ]),
      ),
    ).toEqual(after);
  });

  it('dry run writes nothing and returns the fixed texts', async () => {
    const root = fixTree();
    const run = await fixRun(
      { cwd: root, patterns: ['lf.md'], noConfig: true, now: TEST_NOW, commandLineRules: FIX_RULES },
      { dryRun: true },
    );
    expect(bytes(root, 'lf.md').toString()).toBe(BEFORE('\n'));
    expect(run.files.map((f) => [f.after, f.notWritten])).toEqual([[AFTER('\n'), 'dry run']]);
  });

  it.runIf(process.platform !== 'win32')(
    'a named symlink is linted but not rewritten (the link stays a link)',
    async () => {
      const root = fixTree();
      symlinkSync('lf.md', path.join(root, 'link.md'));
      const run = await fixRun({
        cwd: root,
        patterns: ['link.md'],
        noConfig: true,
        now: TEST_NOW,
        commandLineRules: FIX_RULES,
      });
      expect(run.files.map((f) => [path.basename(f.filePath), f.notWritten])).toEqual([
        ['link.md', 'a symlink: fix the file it points to instead'],
      ]);
      expect(lstatSync(path.join(root, 'link.md')).isSymbolicLink()).toBe(true);
      expect(bytes(root, 'lf.md').toString()).toBe(BEFORE('\n'));
    },
  );
});

describe('--fix and --fix-dry-run (real CLI)', () => {
  const ruleFlags = [
    '--rule',
    'link-insecure:error',
    '--rule',
    'docs-link-absolute:error',
    '--rule',
    'ms-date-invalid:error',
  ];

  it('--fix-dry-run prints the unified diff, writes nothing, exits as the fixed text would', () => {
    const root = fixTree();
    const run = runCli(['lf.md', '--fix-dry-run', '--config', writeCoreOnlyConfig(root), ...ruleFlags], root);
    expect(run.stderr).toBe('Would fix 3 problems in 1 file; no problems remain\n');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        '===================================================================',
        '--- a/lf.md',
        '+++ b/lf.md',
        '@@ -1,7 +1,7 @@',
        ' ---',
        ' title: T',
        '-ms.date: 2020-04-15',
        '+ms.date: 04/15/2020',
        ' ---',
        ' # T',
        ' ',
        '-See [x](http://learn.microsoft.com/en-us/azure/a) and [y](https://learn.microsoft.com/azure/b).',
        '+See [x](/azure/a) and [y](/azure/b).',
        '',
      ].join('\n'),
    );
    expect(bytes(root, 'lf.md').toString()).toBe(BEFORE('\n'));
  });

  it('--fix rewrites the named CRLF+BOM file byte-exactly; without --fix nothing is written', () => {
    const root = fixTree();
    const config = writeCoreOnlyConfig(root);
    const plain = runCli(['crlf-bom.md', '--config', config, ...ruleFlags], root);
    expect(plain.code).toBe(1);
    expect(bytes(root, 'crlf-bom.md')).toEqual(Buffer.concat([BOM, Buffer.from(BEFORE('\r\n'))]));
    const fixed = runCli(['crlf-bom.md', '--fix', '--config', config, ...ruleFlags], root);
    expect(fixed.stderr).toBe('Fixed 3 problems in 1 file; no problems remain\n');
    expect(fixed.code).toBe(0);
    expect(bytes(root, 'crlf-bom.md')).toEqual(Buffer.concat([BOM, Buffer.from(AFTER('\r\n'))]));
    expect(bytes(root, 'lf.md').toString()).toBe(BEFORE('\n'));
  });

  it('--fix with --fix-dry-run, or --fix-dry-run with json on stdout: exit 2', () => {
    const root = tempTree({ 'a.md': '# A\n' });
    expect(runCli(['--fix', '--fix-dry-run'], root).stderr).toBe(
      "faq-lint: --fix and --fix-dry-run cannot be used together\nRun 'faq-lint --help' for usage.\n",
    );
    const json = runCli(['--fix-dry-run', '--format', 'json'], root);
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/^faq-lint: --fix-dry-run prints a diff on stdout/);
  });
});
