import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import { discover, lint, NoFilesMatchedError } from '../../src/engine/lint.js';
import { discoverAmong } from '../../src/engine/discover.js';
import { runCli } from '../cli.js';
import { git, tempTree } from '../temp.js';

const rel = (root: string, files: string[]): string[] =>
  files.map((f) => path.relative(root, f).split(path.sep).join('/'));

describe('file discovery', () => {
  it('expands folders to Markdown (and .yml candidates), honouring .gitignore', async () => {
    const root = tempTree({
      '.gitignore': 'drafts/\nskip-me.md\n',
      'a.md': '# a',
      'sub/b.md': '# b',
      'sub/notes.txt': 'x',
      'sub/faq.yml': '### YamlMime:FAQ\n',
      'sub/other-faq.yaml': '### YamlMime:FAQ\n',
      'drafts/c.md': '# c',
      'skip-me.md': '# s',
      'node_modules/pkg/readme.md': '# n',
    });
    git(root, 'init', '-q');
    expect(rel(root, await discover(['.'], root))).toEqual(['a.md', 'sub/b.md', 'sub/faq.yml', 'sub/other-faq.yaml']);
  });

  it('a structured FAQ is linted whether named or found in a folder, as .yml or .yaml', async () => {
    const faq = '### YamlMime:FAQ\ntitle: T\nsections: 7\n';
    const root = tempTree({ 'docs/faq.yaml': faq, 'docs/faq.yml': faq, 'docs/landing.yml': 'title: not a FAQ\n' });
    const linted = async (patterns: string[]) =>
      (await lint({ cwd: root, noConfig: true, patterns })).results.map((r) =>
        path.relative(root, r.filePath).split(path.sep).join('/'),
      );
    expect(await linted(['docs'])).toEqual(['docs/faq.yaml', 'docs/faq.yml']);
    expect(await linted(['docs/faq.yaml'])).toEqual(['docs/faq.yaml']);
  });

  it('takes globs and explicit files', async () => {
    const root = tempTree({ 'a.md': '# a', 'sub/b.md': '# b', 'sub/c.md': '# c' });
    expect(rel(root, await discover(['sub/*.md'], root))).toEqual(['sub/b.md', 'sub/c.md']);
    expect(rel(root, await discover(['a.md', 'sub/c.md'], root))).toEqual(['a.md', 'sub/c.md']);
  });

  it("skips the files a config's ignores match", async () => {
    const root = tempTree({
      '.faqlintrc.json': JSON.stringify({ ignores: ['archive/**'] }),
      'a.md': '# a',
      'archive/old.md': '\u0000',
    });
    const result = await lint({ cwd: root, patterns: ['.'] });
    expect(
      rel(
        root,
        result.results.map((r) => r.filePath),
      ),
    ).toEqual(['a.md']);
  });
});

describe('discovery among changed files (changed mode with no paths named)', () => {
  it('finds exactly what discovering the whole tree finds among them, without walking it', async () => {
    const root = tempTree({
      '.gitignore': 'ignored/\n*.draft.md\n',
      'docs/.gitignore': 'local.md\n',
      'docs/a.md': '# A\n',
      'docs/local.md': '# ignored by the nested .gitignore\n',
      'docs/b.draft.md': '# ignored by pattern\n',
      'docs/.hidden/h.md': '# dot folder\n',
      'docs/faq.yml': '### YamlMime:FAQ\n',
      'docs/notes.txt': 'not linted\n',
      'ignored/c.md': '# ignored folder\n',
      'node_modules/pkg/readme.md': '# dependency\n',
      'docs/UPPER.MD': '# extension in upper case\n',
    });
    symlinkSync('a.md', path.join(root, 'docs/link.md'));
    git(root, 'init', '-q');
    const candidates = [
      'docs/a.md',
      'docs/local.md',
      'docs/b.draft.md',
      'docs/.hidden/h.md',
      'docs/faq.yml',
      'docs/notes.txt',
      'ignored/c.md',
      'node_modules/pkg/readme.md',
      'docs/UPPER.MD',
      'docs/link.md',
      'docs/gone.md',
    ].map((f) => path.join(root, f));
    const all = new Set(await discover(['.'], root));
    expect(await discoverAmong(candidates, root, root)).toEqual(candidates.filter((f) => all.has(f)).sort());
    expect(await discoverAmong(candidates, root, root)).toEqual([
      path.join(root, 'docs/a.md'),
      path.join(root, 'docs/faq.yml'),
    ]);
    // From a subfolder: only what lies inside it.
    expect(await discoverAmong(candidates, path.join(root, 'docs'), root)).toEqual([
      path.join(root, 'docs/a.md'),
      path.join(root, 'docs/faq.yml'),
    ]);
    expect(await discoverAmong([path.join(root, 'ignored/c.md')], path.join(root, 'docs'), root)).toEqual([]);
  });
});

describe('paths named on the command line are never silently skipped', () => {
  function ignoredTree(): string {
    const root = tempTree({
      '.gitignore': 'drafts/\nnotes.md\n',
      'a.md': '# a',
      'notes.md': '# notes',
      'drafts/one.md': '# one',
      'drafts/sub/two.md': '# two',
      'drafts/.gitignore': 'private/\n',
      'drafts/private/three.md': '# three',
    });
    git(root, 'init', '-q');
    return root;
  }

  it('a folder .gitignore lists is linted when named; the .gitignore files inside it still apply to its nested folders', async () => {
    const root = ignoredTree();
    expect(rel(root, await discover(['.'], root))).toEqual(['a.md']);
    expect(rel(root, await discover(['drafts'], root, { requireMatches: true }))).toEqual([
      'drafts/one.md',
      'drafts/sub/two.md',
    ]);
  });

  it('a file .gitignore lists is linted when named', async () => {
    const root = ignoredTree();
    expect(rel(root, await discover(['notes.md', 'drafts/private/three.md'], root, { requireMatches: true }))).toEqual([
      'drafts/private/three.md',
      'notes.md',
    ]);
  });

  it('a glob keeps honouring .gitignore', async () => {
    const root = ignoredTree();
    expect(rel(root, await discover(['**/*.md'], root))).toEqual(['a.md']);
  });

  it('a path or glob that matches no file is an error naming it', async () => {
    const root = ignoredTree();
    await expect(discover(['a.md', 'missing.md'], root, { requireMatches: true })).rejects.toThrow(
      "No files matched 'missing.md'",
    );
    await expect(discover(['a.md', 'nothing/**/*.md'], root, { requireMatches: true })).rejects.toThrow(
      "No files matched 'nothing/**/*.md'",
    );
    await expect(lint({ cwd: root, patterns: ['empty-folder-that-does-not-exist'] })).rejects.toBeInstanceOf(
      NoFilesMatchedError,
    );
    // Not asked for: the default (the current folder) may be empty.
    expect((await lint({ cwd: tempTree({}) })).results).toEqual([]);
  });

  it('the CLI: exit 2 with one line on stderr; a named ignored folder is linted', () => {
    const root = ignoredTree();
    const missing = runCli(['a.md', 'missing.md'], root);
    expect([missing.code, missing.stdout, missing.stderr]).toEqual([
      2,
      '',
      "faq-lint: No files matched 'missing.md'\n",
    ]);
    const drafts = runCli(['drafts', '--no-config', '--format', 'json'], root);
    expect(
      (JSON.parse(drafts.stdout) as { filePath: string }[]).map((r) =>
        path.relative(root, r.filePath).split(path.sep).join('/'),
      ),
    ).toEqual(['drafts/one.md', 'drafts/sub/two.md']);
  });
});
