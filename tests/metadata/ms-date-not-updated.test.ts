/** ms-date-not-updated in a real git repository made in a temp folder. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import { GitError } from '../../src/git/git.js';
import { TEST_NOW } from '../helpers.js';

const ARTICLE = `---
title: Configure the widget service
description: Learn how to configure the widget service for your subscription, with an example for each supported region.
ms.date: 11/02/2026
ms.topic: how-to
author: octocat
ms.author: octo
---

# Configure the widget service

Some text.
`;
const MESSAGE = "The article changed but ms.date is still '11/02/2026'";

let repo: string;
const git = (...args: string[]): string =>
  execFileSync(
    'git',
    ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args],
    { cwd: repo, encoding: 'utf8' },
  );
const write = (file: string, text: string): void => writeFileSync(path.join(repo, file), text);
const edit = (file: string, from: string, to: string): void =>
  write(file, readFileSync(path.join(repo, file), 'utf8').replace(from, to));

async function rows(options: LintOptions) {
  const result = await lint({ cwd: repo, noConfig: true, now: TEST_NOW, ...options });
  return result.results.flatMap((r) =>
    r.findings
      .filter((f) => f.ruleId === 'ms-date-not-updated')
      .map((f) => ({ file: r.path, line: f.line, column: f.column, message: f.message, fix: f.fix })),
  );
}

describe('ms-date-not-updated (real git repository)', () => {
  beforeEach(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'faq-lint-git-'));
    git('init', '-q');
    write('docfx.json', '{}\n');
    write('article.md', ARTICLE);
    git('add', '.');
    git('commit', '-q', '-m', 'first');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('reports a staged body change without an ms.date change, then nothing once ms.date changes too', async () => {
    expect(await rows({ staged: true })).toEqual([]); // nothing staged yet
    edit('article.md', 'Some text.', 'Some new text.');
    git('add', 'article.md');
    expect(await rows({ staged: true })).toEqual([
      { file: 'article.md', line: 4, column: 10, message: MESSAGE, fix: undefined },
    ]);
    edit('article.md', 'ms.date: 11/02/2026', 'ms.date: 11/25/2026');
    git('add', 'article.md');
    expect(await rows({ staged: true })).toEqual([]);
  });

  it('lints the staged version under staged, not the working tree', async () => {
    edit('article.md', 'Some text.', 'Some new text.');
    git('add', 'article.md');
    write('article.md', ARTICLE); // working tree back to HEAD, index still changed
    expect(await rows({ staged: true })).toHaveLength(1);
    expect(await rows({ changedSince: 'HEAD' })).toEqual([]);
  });

  it('compares the working tree with --changed-since <ref>, and ignores metadata-only and line-ending changes', async () => {
    edit('article.md', 'title: Configure the widget service', 'title: Configure the widget service now');
    expect(await rows({ changedSince: 'HEAD' })).toEqual([]);
    write('article.md', ARTICLE.replace(/\n/g, '\r\n'));
    expect(await rows({ changedSince: 'HEAD' })).toEqual([]);
    git('commit', '-q', '-am', 'second');
    edit('article.md', 'Some text.', 'Other text.');
    expect(await rows({ changedSince: 'HEAD~1' })).toEqual([
      { file: 'article.md', line: 4, column: 10, message: MESSAGE, fix: undefined },
    ]);
  });

  it('lets --fix set ms.date to today with fixToToday', async () => {
    edit('article.md', 'Some text.', 'Some new text.');
    const [row] = await rows({
      changedSince: 'HEAD',
      commandLineRules: { 'ms-date-not-updated': ['warn', { fixToToday: true }] },
    });
    const text = readFileSync(path.join(repo, 'article.md'), 'utf8');
    const fixed = text.slice(0, row!.fix!.range[0]) + row!.fix!.text + text.slice(row!.fix!.range[1]);
    expect(fixed).toContain('ms.date: 11/26/2026\n');
  });

  it('says nothing for a new file or without a git base, and rejects an unknown ref', async () => {
    write('new.md', ARTICLE);
    git('add', 'new.md');
    edit('article.md', 'Some text.', 'Some new text.');
    expect(await rows({ staged: true })).toEqual([]); // article.md change not staged; new.md is new
    expect(await rows({})).toEqual([]);
    await expect(rows({ changedSince: 'no-such-branch' })).rejects.toThrow(GitError);
    await expect(rows({ changedSince: '--output=x' })).rejects.toThrow("'--output=x' is not a git ref");
  });
});
