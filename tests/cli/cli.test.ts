import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { runCli } from '../cli.js';
import { REPO_ROOT } from '../helpers.js';
import { tempTree } from '../temp.js';

/** An article every rule accepts. */
const CLEAN =
  '---\ntitle: Clean article\ndescription: A clean article written for the CLI tests, with every metadata key that a Learn article needs to have set.\nauthor: tester\nms.author: tester\nms.topic: article\nms.date: 11/01/2026\n---\n\n# Clean\n\nText.\n';

const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

describe('faq-lint CLI (child process)', () => {
  it('exits 0 with no output on a clean docset', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': CLEAN });
    expect(runCli(['--rule', 'file-unreadable:error', '.'], root)).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 on an error and reports it in stylish format with file, line, column and rule id', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': CLEAN, 'bad.md': Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]) });
    const run = runCli(['.'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'bad.md\n1:1 error File is not valid UTF-8 (first bad byte at offset 2) file-unreadable\n\n✖ 1 error\n',
    );
  });

  it('prints ESLint-shaped JSON and nothing else on stdout', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': CLEAN, 'bin.md': Buffer.from([0, 1, 2]) });
    const run = runCli(['--format', 'json', '.'], root);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        filePath: path.join(root, 'a.md'),
        messages: [],
        errorCount: 0,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
      {
        filePath: path.join(root, 'bin.md'),
        messages: [
          {
            ruleId: 'file-unreadable',
            severity: 2,
            message: 'File looks binary (NUL byte at offset 0); not a text file',
            messageId: 'unreadable',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
          },
        ],
        errorCount: 1,
        warningCount: 0,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
      },
    ]);
  });

  it('--rule turns a rule to a warning: exit 0, unless --max-warnings is exceeded', () => {
    const root = tempTree({ 'docfx.json': '{}', 'bin.md': Buffer.from([0]) });
    expect(runCli(['--rule', 'file-unreadable:warn', '.'], root).code).toBe(0);
    expect(runCli(['--rule', 'file-unreadable:warn', '--max-warnings', '0', '.'], root).code).toBe(1);
    expect(runCli(['--rule', 'file-unreadable:warn', '--max-warnings', '1', '.'], root).code).toBe(0);
    const quiet = runCli(['--rule', 'file-unreadable:warn', '--quiet', '.'], root);
    expect([quiet.code, quiet.stdout]).toEqual([0, '']);
  });

  it('writes a format to --output-file and another to stdout', () => {
    const root = tempTree({ 'docfx.json': '{}', 'bin.md': Buffer.from([0]) });
    const run = runCli(['--format', 'stylish', '--format', 'json:out/report.json', '.'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('file-unreadable');
    expect(
      (JSON.parse(readFileSync(path.join(root, 'out/report.json'), 'utf8')) as { messages: { ruleId: string }[] }[])[0]!
        .messages[0]!.ruleId,
    ).toBe('file-unreadable');
  });

  it('honours a config file, and --no-config ignores it', () => {
    const root = tempTree({
      'docfx.json': '{}',
      '.faqlintrc.json': JSON.stringify({ rules: { 'file-unreadable': 'off' } }),
      'bin.md': Buffer.from([0]),
    });
    expect(runCli(['.'], root).code).toBe(0);
    expect(runCli(['--no-config', '.'], root).code).toBe(1);
  });

  it('exits 2 with one line naming the file and key for a bad config', () => {
    const root = tempTree({
      '.faqlintrc.json': JSON.stringify({ rules: { 'no-such-rule': 'error' } }),
      'a.md': '# A\n',
    });
    const run = runCli(['.'], root);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `faq-lint: invalid config: ${path.join(root, '.faqlintrc.json')}:1:11: rules.no-such-rule: unknown rule 'no-such-rule'\n`,
    });
  });

  it.each([
    [
      'JSON syntax (no position from JSON.parse)',
      '.faqlintrc.json',
      '{\n  "rules": {\n    "ms-date-stale": ,\n  }\n}\n',
      ':3:22: invalid JSON: Unexpected character',
    ],
    [
      'JSON syntax (a position from JSON.parse)',
      '.faqlintrc.json',
      '{\n  "rules": {\n    "ms-date-stale": "off",\n  }\n}\n',
      ':4:3: invalid JSON: Expected double-quoted property name',
    ],
    ['JSON at the end', '.faqlintrc.json', '{"rules": {', ":1:12: invalid JSON: Expected property name or '}'"],
    [
      'YAML unclosed quote: where it opens, the message whole',
      '.faqlintrc.yaml',
      'rules:\n  ms-date-stale: "off\nignores: []\n',
      ':2:18: invalid YAML: Missing closing "quote',
    ],
    [
      'YAML indentation',
      '.faqlintrc.yaml',
      'rules:\n  - a\n b: [\n',
      ':3:1: invalid YAML: All mapping items must start at the same column',
    ],
    [
      'a bad option, at its key',
      '.faqlintrc.yaml',
      'rules:\n  description-bad-length:\n    - warn\n    - min: 100\n',
      ":4:7: rules.description-bad-length[1].min: unknown option for rule 'description-bad-length'",
    ],
    [
      'a bad severity in package.json',
      'package.json',
      '{\n  "name": "docs",\n  "faq-lint": {\n    "rules": { "ms-date-stale": "warning" }\n  }\n}\n',
      ":4:16: rules.ms-date-stale: severity must be 'off', 'warn' or 'error' (or 0, 1, 2), got \"warning\"",
    ],
  ])('config errors give line and column: %s', (_name, file, text, expected) => {
    const root = tempTree({ [file]: text, 'a.md': '# A\n' });
    expect(runCli(['.'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `faq-lint: invalid config: ${path.join(root, file)}${expected}\n`,
    });
  });

  it('exits 2 on a usage error', () => {
    const root = tempTree({ 'a.md': '# A\n' });
    expect(runCli(['--max-warnings', 'many'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: "faq-lint: --max-warnings takes a whole number, got 'many'\nRun 'faq-lint --help' for usage.\n",
    });
    expect(runCli(['--format', 'xml'], root).stderr).toMatch(/^faq-lint: unknown format 'xml' \(known: stylish, json/);
    expect(runCli(['--rule', 'nonsense'], root).code).toBe(2);
  });

  it('--version, --help and --list-rules', () => {
    const root = tempTree({});
    expect(runCli(['--version'], root)).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(runCli(['--help'], root).stdout).toMatch(/^Usage: faq-lint \[options\] \[paths or globs\.\.\.\]/);
    const list = runCli(['--list-rules'], root).stdout.trim().split('\n');
    expect(list.map((line) => line.split(/\s+/)[0])).toEqual(allRules.map((r) => r.meta.id));
  });

  it('--print-config shows the config, the docset root, the docfx.json metadata and where each rule setting came from', () => {
    const docfx = {
      build: {
        content: [{ files: ['**/*.md'], src: 'articles' }],
        globalMetadata: { author: 'writer' },
        fileMetadata: { 'ms.author': { 'articles/migrate/**': 'alias' } },
      },
    };
    const config = {
      rules: { 'internal-error': 'warn' },
      overrides: [{ files: ['articles/migrate/**'], rules: { 'h1-missing': ['error', {}] } }],
    };
    const root = tempTree({
      'docfx.json': JSON.stringify(docfx),
      '.faqlintrc.json': JSON.stringify(config),
      'articles/migrate/a.md': '',
    });
    const run = runCli(['--print-config', 'articles/migrate/a.md', '--rule', 'author-missing:off'], root);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const printed = JSON.parse(run.stdout) as Record<string, unknown> & { rules: Record<string, unknown> };
    const configFile = path.join(root, '.faqlintrc.json');
    expect({ ...printed, rules: undefined }).toEqual({
      file: 'articles/migrate/a.md',
      configFile,
      docset: { root, foundBy: 'docfx.json', repository: root, path: 'articles/migrate/a.md' },
      docfxMetadata: { author: 'writer', 'ms.author': 'alias' },
      inBuildScope: true,
      sitePrefixes: {},
      rules: undefined,
    });
    expect(Object.keys(printed.rules)).toEqual(allRules.map((r) => r.meta.id));
    expect(printed.rules['internal-error']).toEqual({ severity: 'warn', options: {}, from: `${configFile}: rules` });
    expect(printed.rules['h1-missing']).toEqual({
      severity: 'error',
      options: { includeFolders: ['includes'] },
      from: `${configFile}: overrides[0]`,
    });
    expect(printed.rules['author-missing']).toEqual({
      severity: 'off',
      options: { checkIncludes: false },
      from: '--rule',
    });
    expect(printed.rules['title-bad-length']).toEqual({
      severity: 'warn',
      options: { maxLength: 60, minLength: 0 },
      from: 'default',
    });
  });

  it('--print-config on a missing file exits 2', () => {
    const root = tempTree({ 'a.md': '' });
    expect(runCli(['--print-config', 'nope.md'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: "faq-lint: --print-config: no file nope.md\nRun 'faq-lint --help' for usage.\n",
    });
  });

  it('refuses a docsetRoot that is not the folder of the docfx.json above the files (the azure-docs mistake)', () => {
    const root = tempTree({
      'docfx.json': '{}',
      '.faqlintrc.json': '{ "docsetRoot": "articles" }',
      'articles/a.md': '# A\n',
    });
    const configFile = path.join(root, '.faqlintrc.json');
    const refused = `faq-lint: invalid config: ${configFile}: docsetRoot: 'articles' is not the folder of ${path.join(root, 'docfx.json')}, the docset root the Learn build uses for these files (~/ links and docfx.json metadata start there); remove docsetRoot, or set it to '.'\n`;
    expect(runCli(['articles'], root)).toEqual({ code: 2, stdout: '', stderr: refused });
    expect(runCli(['--print-config', 'articles/a.md'], root)).toEqual({ code: 2, stdout: '', stderr: refused });
    // Agreeing with docfx.json, or in a docset without one, it is taken as given.
    writeFileSync(configFile, '{ "docsetRoot": "." }');
    expect(
      (JSON.parse(runCli(['--print-config', 'articles/a.md'], root).stdout) as { docset: unknown }).docset,
    ).toEqual({ root, foundBy: 'config', repository: root, path: 'articles/a.md' });
    rmSync(path.join(root, 'docfx.json'));
    writeFileSync(configFile, '{ "docsetRoot": "articles" }');
    expect(
      (JSON.parse(runCli(['--print-config', 'articles/a.md'], root).stdout) as { docset: unknown }).docset,
    ).toEqual({ root: path.join(root, 'articles'), foundBy: 'config', repository: root, path: 'a.md' });
  });

  it('inline comments silence real findings: disable-next-line, disable/enable, and an unknown id is reported', () => {
    const body = CLEAN.replace(
      'Text.\n',
      '<!-- faq-lint-disable-next-line file-not-found -->\n[a](missing-a.md)\n\n<!-- faq-lint-disable -->\n[b](missing-b.md)\n<!-- faq-lint-enable -->\n\n[c](missing-c.md) <!-- faq-lint-disable-line file-not-foud -->\n',
    );
    const root = tempTree({ 'docfx.json': '{}', 'a.md': body });
    const run = runCli(['--format', 'json', '.'], root);
    const messages = (JSON.parse(run.stdout) as { messages: { ruleId: string; line: number; message: string }[] }[])[0]!
      .messages;
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['file-not-found', 19],
      ['inline-config-invalid', 19],
    ]);
    expect(run.code).toBe(1);
  });
});
