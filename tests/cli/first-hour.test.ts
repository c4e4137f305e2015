import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colorWanted } from '../../src/cli/color.js';
import { run } from '../../src/cli/main.js';
import { runCli } from '../cli.js';
import { FIXTURES } from '../helpers.js';
import { tempTree } from '../temp.js';

/** An article with two warnings (title too long, a skipped heading level) and one fixable one (http link). */
const WARNED = `---
title: ${'A very long title '.repeat(5).trim()}
description: An article written for the first-hour CLI tests, with every metadata key a Learn article needs.
author: tester
ms.author: tester
ms.topic: article
ms.date: 11/01/2026
---

# Warned

### Too deep

See [pricing](http://azure.microsoft.com/pricing/).
`;

describe('the first hour: CLI messages', () => {
  it('--rule with an unknown rule id or a bad severity exits 2 with a "did you mean"', () => {
    const root = tempTree({ 'a.md': '# A\n' });
    const usage = "\nRun 'faq-lint --help' for usage.\n";
    expect(runCli(['--rule', 'ms-dat-stale:off', '.'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `faq-lint: --rule ms-dat-stale:off: unknown rule 'ms-dat-stale', did you mean 'ms-date-stale'?${usage}`,
    });
    expect(runCli(['--rule', 'nothing-like-it:off', '.'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `faq-lint: --rule nothing-like-it:off: unknown rule 'nothing-like-it'${usage}`,
    });
    expect(runCli(['--rule', 'ms-date-stale:warning', '.'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `faq-lint: --rule ms-date-stale:warning: severity must be off, warn or error, did you mean 'ms-date-stale:warn'?${usage}`,
    });
    expect(runCli(['--rule', 'ms-date-stale:eror', '.'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `faq-lint: --rule ms-date-stale:eror: severity must be off, warn or error, did you mean 'ms-date-stale:error'?${usage}`,
    });
    expect(runCli(['--rule', 'ms-date-stale', '.'], root)).toEqual({
      code: 2,
      stdout: '',
      stderr: `faq-lint: --rule takes id:severity (off, warn or error), got 'ms-date-stale'${usage}`,
    });
  });

  it('--max-warnings exceeded says so in one line on stderr', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': WARNED });
    const over = runCli(['--max-warnings', '1', '.'], root);
    expect([over.code, over.stderr]).toEqual([1, 'faq-lint found 3 warnings (max 1)\n']);
    expect(runCli(['--max-warnings', '3', '.'], root)).toMatchObject({ code: 0, stderr: '' });
  });

  it('--fix says what it did and what remains', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': WARNED });
    const dry = runCli(['--fix-dry-run', '.'], root);
    expect([dry.code, dry.stderr]).toEqual([0, 'Would fix 1 problem in 1 file; 2 remain\n']);
    const fixed = runCli(['--fix', '.'], root);
    expect([fixed.code, fixed.stderr]).toEqual([0, 'Fixed 1 problem in 1 file; 2 remain\n']);
    expect(runCli(['--fix', '.'], root).stderr).toBe('Nothing to fix; 2 remain\n');
  });
});

describe('the stylish format', () => {
  it('on the sample docset: every line within 100 columns, line:column, the rule id as the only source, details on a second line', () => {
    const sample = path.join(FIXTURES, 'sample-docset');
    const { stdout } = runCli(['.'], sample);
    const lines = stdout.split('\n');
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(100);
    expect(stdout).not.toMatch(/ faq-lint$/m);
    const at = lines.indexOf('articles/widgets/overview.md');
    expect(lines.slice(at + 5, at + 9).map((line) => line.replace(/ +/g, ' '))).toEqual([
      "24:45 error Cannot find file 'Widgets-FAQ.md' file-not-found",
      " resolved to 'articles/widgets/Widgets-FAQ.md'; did you mean 'widgets-faq.md'?",
      "25:1 error Cannot find bookmark '#which-region-is-supported' bookmark-not-found",
      " in 'widgets-faq.md'; did you mean '#which-regions-are-supported'?",
    ]);
    // The detail starts under the message column.
    expect(lines[at + 6]!.indexOf('resolved')).toBe(lines[at + 5]!.indexOf('Cannot'));
  });

  it('the json format carries the detail as data', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': WARNED });
    const messages = (
      JSON.parse(runCli(['--format', 'json', '.'], root).stdout) as {
        messages: { ruleId: string; message: string; detail?: string }[];
      }[]
    )[0]!.messages;
    expect(messages.find((m) => m.ruleId === 'heading-skipped')).toMatchObject({
      message: 'Heading level skipped: H3 after H1',
      detail: 'the H1 is at line 10; use H2',
    });
  });

  it('colours only on a terminal, honouring NO_COLOR and FORCE_COLOR', () => {
    expect(colorWanted({ isTTY: true }, {})).toBe(true);
    expect(colorWanted({ isTTY: false }, {})).toBe(false);
    expect(colorWanted({}, {})).toBe(false);
    expect(colorWanted({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(colorWanted({ isTTY: true }, { NO_COLOR: '' })).toBe(true);
    expect(colorWanted({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorWanted({ isTTY: false }, { FORCE_COLOR: '' })).toBe(true);
    expect(colorWanted({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(colorWanted({ isTTY: true }, { FORCE_COLOR: 'false', NO_COLOR: '' })).toBe(false);
    expect(colorWanted({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
  });

  it('the CLI colours a terminal and nothing else', async () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': WARNED });
    const output = async (isTTY: boolean, env: Record<string, string>) => {
      let stdout = '';
      await run(['--no-progress', '.'], {
        cwd: root,
        env: { FAQ_LINT_NOW: '2026-11-26', ...env },
        stdout: { isTTY, write: (t: string) => (stdout += t) },
        stderr: { write: () => true },
      });
      return stdout;
    };
    const ESC = '\u001b[';
    expect(await output(true, {})).toContain(`${ESC}33mwarning${ESC}39m`);
    expect(await output(true, {})).toContain(`${ESC}2mthe H1 is at line 10; use H2${ESC}22m`);
    expect(await output(false, {})).not.toContain(ESC);
    expect(await output(true, { NO_COLOR: '1' })).not.toContain(ESC);
    expect(await output(false, { FORCE_COLOR: '1' })).toContain(ESC);
  });
});
