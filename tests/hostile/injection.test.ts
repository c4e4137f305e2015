/**
 * Workflow-command and terminal injection through the real CLI: a file name or config key with a
 * line break and `::error ...`, ESC/OSC sequences in file names, a line break in a link in the
 * Markdown summary, a tampered cache entry. Nothing reaches stdout or stderr raw. Plus two small
 * ones from the same review: a file named `a\b.md` is linted, and a malformed FAQ_LINT_NOW stops
 * the run instead of silently turning the date rules off.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FILE_NAME } from '../../src/engine/cache.js';
import { RUNS_FOLDER } from '../../src/engine/run-cache.js';
import { tempTree } from '../temp.js';
import { writeCoreOnlyConfig } from './hostile-helpers.js';
import { runCli } from '../cli.js';

const posix = process.platform !== 'win32';
/** Raw control characters other than line feeds (the formats' own line breaks). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
/** A line that GitHub Actions would run as a workflow command of the attacker's. */
const INJECTED = /^::error file=x/m;

describe.runIf(posix)('names and keys cannot inject workflow commands or terminal sequences', () => {
  const evil = 'a\n::error file=x,line=1::pwned\u001b]8;;https:evil.example\u0007\u001b[2J.md';

  it('a file name with a line break, `::error` and escape sequences: escaped in stylish, github, json and the summary', () => {
    const root = tempTree({ 'docfx.json': '{}', [evil]: '# A\n\n[x](missing.md)\n' });
    const config = writeCoreOnlyConfig(root);
    for (const format of ['stylish', 'github', 'json', 'junit', 'sarif']) {
      const run = runCli(
        ['--config', config, '--rule', 'file-not-found:error', '--format', format, '--summary', 'summary.md'],
        root,
        { GITHUB_WORKSPACE: root },
      );
      expect(run.code).toBe(1);
      expect([RAW.test(run.stdout), INJECTED.test(run.stdout), run.stderr]).toEqual([false, false, '']);
      const summary = readFileSync(path.join(root, 'summary.md'), 'utf8');
      expect([RAW.test(summary), INJECTED.test(summary)]).toEqual([false, false]);
    }
    const github = runCli(['--config', config, '--rule', 'file-not-found:error', '--format', 'github'], root, {
      GITHUB_WORKSPACE: root,
    });
    expect(github.stdout).toBe(
      "::error file=a%0A%3A%3Aerror file=x%2Cline=1%3A%3Apwned\\u001b]8;;https%3Aevil.example\\u0007\\u001b[2J.md,line=3,col=1,endLine=3,endColumn=16,title=file-not-found::Cannot find file 'missing.md'\n",
    );
  });

  it('a config key with a line break and `::error`: the one stderr line escapes it', () => {
    const root = tempTree({
      '.faqlintrc.json': JSON.stringify({ rules: { 'x\n::error file=x::pwned\u001b[2J': 'error' } }),
      'a.md': '# A\n',
    });
    const run = runCli([], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `faq-lint: invalid config: ${path.join(root, '.faqlintrc.json')}:1:2: rules.x\\u000a::error file=x::pwned\\u001b[2J: unknown rule 'x\\u000a::error file=x::pwned\\u001b[2J'\n`,
    );
  });

  it('a line break in a link (an HTML attribute) stays inside its table row and list item of the Markdown summary', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': '# A\n\n<a href="missing\n::error file=x::pwned.md">x</a>\n' });
    const run = runCli(
      ['--config', writeCoreOnlyConfig(root), '--rule', 'file-not-found:error', '--summary', 'summary.md'],
      root,
    );
    expect(run.code).toBe(1);
    const summary = readFileSync(path.join(root, 'summary.md'), 'utf8');
    expect(summary.split('\n').filter((line) => line.startsWith('- '))).toEqual([
      "- **error** [a.md:3:10](a.md#L3) `file-not-found`: Cannot find file 'missing\\\\u000a::error file=x::pwned.md'",
    ]);
  });

  it('a tampered cache entry (a message with a raw ESC and a line break) is dropped, not printed', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': '# A\n\n[x](missing.md)\n' });
    const args = [
      '--config',
      writeCoreOnlyConfig(root),
      '--rule',
      'file-not-found:error',
      '--cache',
      '--cache-location',
      'cache',
      '--format',
      'json',
    ];
    const first = runCli(args, root);
    const cacheFile = path.join(root, 'cache', CACHE_FILE_NAME);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as {
      entries: Record<string, { findings?: { findings: { message: string }[] } }>;
    };
    const entry = Object.values(cache.entries)[0]!;
    entry.findings = {
      ...entry.findings!,
      findings: [
        {
          ruleId: 'inline-config-invalid',
          severity: 2,
          message: 'x\n::error file=x::pwned\u001b[2J',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
        } as never,
      ],
    };
    writeFileSync(cacheFile, JSON.stringify(cache));
    // The record of the whole run would answer first (tampering with it: tests/scale/run-cache.test.ts).
    rmSync(path.join(root, 'cache', RUNS_FOLDER), { recursive: true });
    const second = runCli(args, root);
    expect([second.code, second.stdout, second.stderr]).toEqual([first.code, first.stdout, '']);
  });
});

describe('two small ones', () => {
  it.runIf(posix)('a file named a\\b.md (legal on Linux) is linted under its own name', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a\\b.md': '# A\n\n[x](missing.md)\n' });
    const run = runCli(
      ['--config', writeCoreOnlyConfig(root), '--rule', 'file-not-found:error', '--format', 'json'],
      root,
    );
    const files = JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(files.map((f) => [path.basename(f.filePath), f.messages.map((m) => m.ruleId)])).toEqual([
      ['a\\b.md', ['file-not-found']],
    ]);
  });

  it('FAQ_LINT_NOW that is not a date is refused like --now (it used to turn the date rules off silently)', () => {
    const root = tempTree({ 'a.md': '# A\n' });
    const run = runCli(['--no-config'], root, { FAQ_LINT_NOW: 'garbage' });
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      '',
      "faq-lint: FAQ_LINT_NOW takes a date as YYYY-MM-DD, got 'garbage'\nRun 'faq-lint --help' for usage.\n",
    ]);
  });
});
