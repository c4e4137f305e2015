/** The fixes of docs-link-absolute and link-insecure: each range covers exactly the URL text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { FIXTURES, TEST_NOW } from '../helpers.js';

async function fixesOf(ruleId: string): Promise<{ line: number; original: string; replacement: string }[]> {
  const cwd = path.join(FIXTURES, 'links-urls');
  const result = await lint({ cwd, noConfig: true, now: TEST_NOW });
  const text = readFileSync(path.join(cwd, 'page.md'), 'utf8');
  return result.results
    .flatMap((r) => r.findings)
    .filter((f) => f.ruleId === ruleId && f.fix)
    .map((f) => ({ line: f.line, original: text.slice(f.fix!.range[0], f.fix!.range[1]), replacement: f.fix!.text }));
}

describe('fixes', () => {
  it('docs-link-absolute rewrites the URL (not the link text) to its site-relative form; a reference-style use fixes its definition; an autolink gets no fix', async () => {
    expect(await fixesOf('docs-link-absolute')).toEqual([
      {
        line: 3,
        original: 'https://learn.microsoft.com/en-us/azure/migrate/overview?tabs=cli#sla',
        replacement: '/azure/migrate/overview?tabs=cli#sla',
      },
      { line: 5, original: 'https://docs.microsoft.com/azure/migrate/', replacement: '/azure/migrate/' },
      { line: 9, original: 'http://learn.microsoft.com/de-de/azure/', replacement: '/azure/' },
      { line: 17, original: 'https://learn.microsoft.com/zh-hans/azure/', replacement: '/azure/' },
      { line: 17, original: 'https://learn.microsoft.com/zh-hans/azure/', replacement: '/azure/' },
      { line: 23, original: 'https://learn.microsoft.com/en-us/x', replacement: '/x' },
    ]);
  });

  it('fix ranges point into the destination, not into link text that repeats the URL', async () => {
    const cwd = path.join(FIXTURES, 'links-urls');
    const result = await lint({ cwd, noConfig: true, now: TEST_NOW });
    const text = readFileSync(path.join(cwd, 'page.md'), 'utf8');
    const fix = result.results[0]!.findings.find((f) => f.ruleId === 'docs-link-absolute' && f.line === 23)!.fix!;
    expect(text.slice(fix.range[0] - 2, fix.range[0])).toBe('](');
    const definition = result.results[0]!.findings.filter(
      (f) => f.ruleId === 'docs-link-absolute' && f.line === 17,
    ).map((f) => f.fix!.range);
    expect(text.slice(definition[0]![0] - 9, definition[0]![0])).toBe('[learn]: ');
  });

  it('link-insecure rewrites http: to https: over the whole URL, in links, HTML and images', async () => {
    expect(await fixesOf('link-insecure')).toEqual([
      { line: 7, original: 'http://azure.microsoft.com/pricing/', replacement: 'https://azure.microsoft.com/pricing/' },
      {
        line: 9,
        original: 'http://learn.microsoft.com/de-de/azure/',
        replacement: 'https://learn.microsoft.com/de-de/azure/',
      },
      { line: 13, original: 'http://www.microsoft.com/download', replacement: 'https://www.microsoft.com/download' },
      {
        line: 15,
        original: 'http://go.microsoft.com/fwlink/?linkid=1',
        replacement: 'https://go.microsoft.com/fwlink/?linkid=1',
      },
    ]);
  });
});
