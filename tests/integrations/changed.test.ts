import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkTarget } from '../../src/changed/link-target.js';
import { breaksIn, mayBreak, removedIds } from '../../src/changed/dependents.js';
import { CHANGED_MIN_FULL_RUN, fullRunThreshold, inScope } from '../../src/changed/select.js';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import { PARSERS } from '../../src/summary/parse-file.js';
import { parseNameStatus } from '../../src/git/changes.js';
import { GitError } from '../../src/git/git.js';
import { TEST_NOW } from '../helpers.js';
import { git, tempTree } from '../temp.js';
import { page } from './pages.js';
import { runCli } from '../cli.js';

/** A committed docset: a.md has headings others link to; the others link in different ways. */
function repo(): string {
  const root = tempTree({
    'docs/docfx.json': '{}',
    'docs/a.md': page('A', '# A\n\n## Old heading\n\n<a name="kept"></a>\n\n## Stays\n'),
    'docs/b.md': page('B', '# B\n\nSee [the old part](a.md#old-heading).\n'),
    'docs/c.md': page('C', '# C\n\nSee [A](a.md) and [stays](./a.md#stays).\n'),
    'docs/d.md': page('D', '# D\n\n[gone](sub/gone.md)\n'),
    'docs/sub/gone.md': page('GONE', '# Gone\n'),
    'docs/e.md': page('E', '# E\n\nMentions a.md and gone.md in prose, links nowhere.\n'),
    'docs/f.md': page('F', '# F\n\n[moved](~/old%20name.md#x)\n'),
    'docs/old name.md': page('OLD NAME', '# X\n'),
    'other/z.md': page('Z', '# Z\n\n[a](../docs/a.md#old-heading)\n'),
  });
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'base');
  return root;
}

/** Lint in changed mode; the docset-relative paths of the files linted. */
async function linted(root: string, options: LintOptions): Promise<string[]> {
  const result = await lint({ cwd: root, noConfig: true, now: TEST_NOW, ...options });
  return result.results.map((r) => path.relative(root, r.filePath).split(path.sep).join('/'));
}

const renameHeading = (root: string): void =>
  writeFileSync(path.join(root, 'docs/a.md'), page('A', '# A\n\n## New heading\n\n<a name="kept"></a>\n\n## Stays\n'));

describe('changed-files mode (real git repositories)', () => {
  it('lints nothing when nothing changed', async () => {
    const root = repo();
    expect(await linted(root, { changedSince: 'HEAD' })).toEqual([]);
    expect(await linted(root, { staged: true })).toEqual([]);
  });

  it('renaming a heading lints the changed file and the unchanged file linking to the old id, not the others', async () => {
    const root = repo();
    renameHeading(root);
    // Unstaged: seen by --changed-since, not by --staged.
    expect(await linted(root, { changedSince: 'HEAD' })).toEqual(['docs/a.md', 'docs/b.md']);
    expect(await linted(root, { staged: true })).toEqual([]);
    git(root, 'add', 'docs/a.md');
    expect(await linted(root, { staged: true })).toEqual(['docs/a.md', 'docs/b.md']);
    // Committed since the ref.
    git(root, 'commit', '-qm', 'rename');
    expect(await linted(root, { changedSince: 'HEAD~1' })).toEqual(['docs/a.md', 'docs/b.md']);
    expect(await linted(root, { changedSince: 'HEAD' })).toEqual([]);
  });

  it('deleting and renaming files lints the files linking to the old paths; untracked files count as added', async () => {
    const root = repo();
    git(root, 'rm', '-q', 'docs/sub/gone.md');
    git(root, 'mv', 'docs/old name.md', 'docs/new-name.md');
    writeFileSync(path.join(root, 'docs/untracked.md'), '# U\n');
    expect(await linted(root, { staged: true })).toEqual(['docs/d.md', 'docs/f.md', 'docs/new-name.md']);
    expect(await linted(root, { changedSince: 'HEAD' })).toEqual([
      'docs/d.md',
      'docs/f.md',
      'docs/new-name.md',
      'docs/untracked.md',
    ]);
    const result = await lint({ cwd: root, noConfig: true, now: TEST_NOW, staged: true });
    expect(result.results.flatMap((r) => r.findings.map((f) => [r.path, f.ruleId, f.line]))).toEqual([
      ['d.md', 'file-not-found', 11],
      ['f.md', 'file-not-found', 11],
    ]);
  });

  it('an unstaged delete and rename count for --changed-since', async () => {
    const root = repo();
    rmSync(path.join(root, 'docs/sub/gone.md'));
    renameSync(path.join(root, 'docs/old name.md'), path.join(root, 'docs/renamed.md'));
    expect(await linted(root, { changedSince: 'HEAD' })).toEqual(['docs/d.md', 'docs/f.md', 'docs/renamed.md']);
  });

  it('only considers changes within the paths given; dependents come from the whole docset', async () => {
    const root = repo();
    renameHeading(root);
    expect(await linted(root, { changedSince: 'HEAD', patterns: ['other'] })).toEqual([]);
    expect(await linted(root, { changedSince: 'HEAD', patterns: ['docs/a.md'] })).toEqual(['docs/a.md', 'docs/b.md']);
    expect(await linted(root, { changedSince: 'HEAD', patterns: ['docs/*.md'] })).toEqual(['docs/a.md', 'docs/b.md']);
  });

  it('fails clearly on an unknown ref or outside a repository', async () => {
    const root = repo();
    await expect(lint({ cwd: root, noConfig: true, changedSince: 'no-such-branch' })).rejects.toThrow(GitError);
    const plain = tempTree({ 'a.md': '# A\n' });
    await expect(lint({ cwd: plain, noConfig: true, staged: true })).rejects.toThrow(/--staged needs a git repository/);
    const unknown = runCli(['--changed-since', 'no-such-branch'], root);
    expect([unknown.code, unknown.stdout]).toEqual([2, '']);
    expect(unknown.stderr).toMatch(/^faq-lint: 'no-such-branch' does not name a commit in /);
    expect(runCli(['--changed-since', 'HEAD', '--staged'], root).stderr).toBe(
      "faq-lint: --changed-since and --staged cannot be used together\nRun 'faq-lint --help' for usage.\n",
    );
  });

  it("honours the config's docsetRoot as planning does: a ~/ link into the changed file makes its file a dependent", async () => {
    const root = tempTree({
      '.faqlintrc.json': JSON.stringify({ docsetRoot: 'docs' }),
      'docs/a.md': page('A', '# A\n\n## Old heading\n'),
      'docs/sub/b.md': page('B', '# B\n\nSee [the old part](~/a.md#old-heading).\n'),
    });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    renameHeading(root);
    const result = await lint({ cwd: root, now: TEST_NOW, changedSince: 'HEAD' });
    expect(result.results.map((r) => [path.relative(root, r.filePath), r.findings.map((f) => f.ruleId)])).toEqual([
      ['docs/a.md', ['ms-date-not-updated']],
      ['docs/sub/b.md', ['bookmark-not-found']],
    ]);
  });

  it('lints a changed redirection file although its name starts with a dot, as a full run finds it', async () => {
    const root = repo();
    const redirections = path.join(root, 'docs/.openpublishing.redirection.json');
    writeFileSync(redirections, '{ "redirections": [] }\n');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'redirections');
    writeFileSync(
      redirections,
      '{ "redirections": [\n  { "source_path": "sub/gone.md", "redirect_url": "../a" }\n] }\n',
    );
    expect(await linted(root, { changedSince: 'HEAD' })).toEqual(['docs/.openpublishing.redirection.json']);
    expect(await linted(root, { staged: true })).toEqual([]);
    git(root, 'add', '.');
    const result = await lint({ cwd: root, noConfig: true, now: TEST_NOW, staged: true });
    expect(
      result.results.flatMap((r) => r.findings.map((f) => [r.path, f.ruleId, f.line, f.column, f.message])),
    ).toEqual([
      ['.openpublishing.redirection.json', 'redirected-file-not-removed', 2, 20, 'Redirected file still exists'],
    ]);
    // A redirection file in a dot folder is found too; node_modules is never looked into.
    const hidden = path.join(root, 'docs/.hidden/.openpublishing.redirection.json');
    const ignored = path.join(root, 'docs/node_modules/.openpublishing.redirection.json');
    for (const file of [hidden, ignored]) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, '{ "redirections": [] }\n');
    }
    expect(await linted(root, { changedSince: 'HEAD' })).toEqual([
      'docs/.hidden/.openpublishing.redirection.json',
      'docs/.openpublishing.redirection.json',
    ]);
    expect((await linted(root, {})).filter((f) => f.endsWith('.json'))).toEqual([
      'docs/.hidden/.openpublishing.redirection.json',
      'docs/.openpublishing.redirection.json',
    ]);
  });

  it('the CLI lints only the changed files and their dependents, and reports the link the change broke', () => {
    const root = repo();
    renameHeading(root);
    const run = runCli(['--changed-since', 'HEAD', '--format', 'json'], root, { FAQ_LINT_NOW: TEST_NOW });
    expect(run.code).toBe(1);
    const files = JSON.parse(run.stdout) as {
      filePath: string;
      messages: { ruleId: string; line: number; message: string }[];
    }[];
    expect(
      files.map((f) => [path.relative(root, f.filePath), f.messages.map((m) => [m.ruleId, m.line, m.message])]),
    ).toEqual([
      ['docs/a.md', [['ms-date-not-updated', 6, "The article changed but ms.date is still '11/01/2026'"]]],
      ['docs/b.md', [['bookmark-not-found', 11, "Cannot find bookmark '#old-heading'"]]],
    ]);
  });
  it('each version is parsed once for selection and lint: a staged heading rename and delete give the same findings, from the index versions', () => {
    const root = repo();
    renameHeading(root);
    git(root, 'add', 'docs/a.md');
    git(root, 'rm', '-q', 'docs/sub/gone.md');
    // The working tree differs from the index: --staged selects and lints the index versions.
    writeFileSync(path.join(root, 'docs/a.md'), page('A', '# A\n\n## Old heading\n\n## Stays\n'));
    const run = runCli(['--staged', '--format', 'json'], root, { FAQ_LINT_NOW: TEST_NOW });
    const files = JSON.parse(run.stdout) as {
      filePath: string;
      messages: { ruleId: string; line: number; column: number; message: string }[];
    }[];
    expect(
      files.map((f) => [
        path.relative(root, f.filePath),
        f.messages.map((m) => [m.ruleId, m.line, m.column, m.message]),
      ]),
    ).toEqual([
      ['docs/a.md', [['ms-date-not-updated', 6, 10, "The article changed but ms.date is still '11/01/2026'"]]],
      ['docs/b.md', [['bookmark-not-found', 11, 5, "Cannot find bookmark '#old-heading'"]]],
      ['docs/d.md', [['file-not-found', 11, 1, "Cannot find file 'sub/gone.md'"]]],
    ]);
    expect(run.code).toBe(1);
  });
});

describe('changed-files mode: a change too large to pay is a full run (real git repository)', () => {
  /** A committed docset of `n` articles; every tenth links to a missing page. */
  function largeRepo(n: number): string {
    const files: Record<string, string> = { 'docs/docfx.json': '{}' };
    for (let i = 0; i < n; i++)
      files[`docs/p${String(i).padStart(3, '0')}.md`] = page(
        `P${i}`,
        `# P${i}\n\n${i % 10 === 0 ? '[missing](nowhere.md)' : '[next](p000.md)'}\n`,
      );
    const root = tempTree(files);
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'base');
    return root;
  }
  const touch = (root: string, count: number): void => {
    for (let i = 1; i <= count; i++)
      writeFileSync(path.join(root, `docs/p${String(i).padStart(3, '0')}.md`), page(`P${i}`, `# P${i}\n\nChanged.\n`));
  };

  it('the threshold is a share of the docset, never under CHANGED_MIN_FULL_RUN', () => {
    expect(fullRunThreshold(10)).toBe(CHANGED_MIN_FULL_RUN);
    expect(fullRunThreshold(10_000)).toBe(800);
  });

  it('above the threshold every file is linted, with the same findings as a full run and a note saying so', () => {
    const root = largeRepo(CHANGED_MIN_FULL_RUN + 20);
    touch(root, CHANGED_MIN_FULL_RUN + 1);
    const env = { FAQ_LINT_NOW: TEST_NOW };
    const full = runCli(['--format', 'json'], root, env);
    const changed = runCli(['--changed-since', 'HEAD', '--format', 'json'], root, env);
    expect(changed.code).toBe(full.code);
    expect(changed.stdout).toBe(full.stdout);
    // p000.md (unchanged, a broken link) is reported: everything was linted.
    const files = JSON.parse(changed.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(files).toHaveLength(CHANGED_MIN_FULL_RUN + 20);
    expect(files[0]!.messages.map((m) => m.ruleId)).toEqual(['file-not-found']);
    expect(changed.stderr).toBe(
      `faq-lint: note: ${CHANGED_MIN_FULL_RUN + 1} files changed, more than the ${CHANGED_MIN_FULL_RUN} above which linting only the changes costs more than linting everything: ` +
        'every file was linted as in a full run, and ms-date-not-updated (which compares with the git base) was not checked.\n',
    );
    expect(full.stderr).toBe('');
  });

  it('at the threshold it stays in changed mode; --staged always does', async () => {
    const root = largeRepo(CHANGED_MIN_FULL_RUN + 20);
    touch(root, CHANGED_MIN_FULL_RUN);
    const result = await lint({ cwd: root, noConfig: true, now: TEST_NOW, changedSince: 'HEAD' });
    expect(result.results).toHaveLength(CHANGED_MIN_FULL_RUN);
    expect(result.notes).toEqual([]);
    touch(root, CHANGED_MIN_FULL_RUN + 1);
    git(root, 'add', '.');
    const staged = await lint({ cwd: root, noConfig: true, now: TEST_NOW, staged: true });
    expect(staged.results).toHaveLength(CHANGED_MIN_FULL_RUN + 1);
    expect(staged.notes).toEqual([]);
  });
});

describe('changed-files mode: the pure parts', () => {
  it('parses git name-status -z output', () => {
    expect(
      parseNameStatus('M\0a.md\0R087\0old.md\0new.md\0D\0gone.md\0A\0new file.md\0C100\0x.md\0y.md\0T\0link.md\0'),
    ).toEqual([
      { status: 'modified', path: 'a.md' },
      { status: 'renamed', path: 'new.md', from: 'old.md' },
      { status: 'deleted', path: 'gone.md' },
      { status: 'added', path: 'new file.md' },
      { status: 'added', path: 'y.md' },
      { status: 'modified', path: 'link.md' },
    ]);
    expect(parseNameStatus('')).toEqual([]);
  });

  it('resolves link targets relative to the file, from the root with ~/, and ignores URLs', () => {
    expect(linkTarget('a.md#x', 'sub/b.md')).toEqual({ path: 'sub/a.md', fragment: 'x' });
    expect(linkTarget('../a.md?tabs=y#%20x ', 'sub/b.md')).toEqual({ path: 'a.md', fragment: 'x' });
    expect(linkTarget('~/old%20name.md', 'sub/b.md')).toEqual({ path: 'old name.md', fragment: undefined });
    expect(linkTarget('#here', 'sub/b.md')).toEqual({ path: 'sub/b.md', fragment: 'here' });
    // Backslashes are read as slashes, as the Learn build reads them.
    expect(linkTarget('a\\b.md', 'sub/b.md')).toEqual({ path: 'sub/a/b.md', fragment: undefined });
    for (const url of ['https://x/a.md', '/azure/a', 'xref:a', '../../a.md', ''])
      expect(linkTarget(url, 'sub/b.md')).toBeUndefined();
  });

  it('finds removed ids (headings and anchors) and the references that break', () => {
    const before = PARSERS.markdown.parse('a.md', '# A\n\n## One\n\n<a name="anchor"></a>\n\n## Two\n').summary;
    const after = PARSERS.markdown.parse('a.md', '# A\n\n## One!\n\n## Two\n').summary;
    expect([...removedIds(before, after)]).toEqual(['anchor']);
    const targets = { gone: new Set(['sub/gone.md']), removedIds: new Map([['a.md', new Set(['anchor'])]]) };
    expect(
      ['see sub/gone.md', 'a.md#anchor', 'a.md and #anchor', 'a.md#%61nchor'].map((text) => mayBreak(text, targets)),
    ).toEqual([true, true, true, true]);
    expect(
      ['gone', 'a.md#anchors-away'.slice(0, 5), 'a.md #other', 'b.md#anchor'].map((text) => mayBreak(text, targets)),
    ).toEqual([false, false, false, false]);
    const summary = (text: string) => PARSERS.markdown.parse('b.md', text).summary;
    expect(breaksIn(summary('[x](a.md#anchor)'), targets)).toBe(true);
    expect(breaksIn(summary('[x](a.md#one) [y](a.md)'), targets)).toBe(false);
    expect(breaksIn(summary('![x](sub/gone.md)'), targets)).toBe(true);
    expect(breaksIn(summary('`[x](a.md#anchor)` in code'), targets)).toBe(false);
  });

  it('decides whether a (possibly deleted) path is within the run paths', () => {
    const cwd = path.resolve('/r');
    expect(inScope('/r/docs/a.md', ['.'], cwd)).toBe(true);
    expect(inScope('/r/docs/a.md', ['docs'], cwd)).toBe(true);
    expect(inScope('/r/docs/a.md', ['docs/a.md'], cwd)).toBe(true);
    expect(inScope('/r/docs/a.md', ['other', 'docs/b.md'], cwd)).toBe(false);
    expect(inScope('/r/docs/a.md', ['docs/**/*.md'], cwd)).toBe(true);
    expect(inScope('/r/docs/a.md', ['**/*.yml'], cwd)).toBe(false);
  });
});
