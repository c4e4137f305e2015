/**
 * --fix never loses work: fixes are computed on exactly the text they are applied to (the
 * `--staged` data-loss bug), a file with unstaged changes is left alone under `--staged`,
 * read-only files are not replaced, and SIGTERM or Ctrl-C during the writes leaves no temp file.
 * Real git repositories and the real CLI, in temp folders.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixRun } from '../../src/fix/fix-run.js';
import { REPO_ROOT, TEST_NOW } from '../helpers.js';
import { git, tempTree } from '../temp.js';
import { CORE_ONLY, writeCoreOnlyConfig } from './hostile-helpers.js';
import { runCli } from '../cli.js';

const FIX_RULES = ['--rule', 'link-insecure:error', '--rule', 'docs-link-absolute:error'];
const LINK = 'See [the docs](http://learn.microsoft.com/en-us/azure/foo).\n';
const page = (body: string): string => `# Page\n\n${body}`;

/** A repository with a.md committed, then changed and staged (so --staged lints it). */
function stagedRepo(): string {
  const root = tempTree({ 'docfx.json': '{}', 'a.md': page(`Intro.\n\n${LINK}`) });
  writeCoreOnlyConfig(root);
  git(root, 'init', '-q');
  git(root, 'add', '.');
  git(root, 'commit', '-qm', 'base');
  writeFileSync(path.join(root, 'a.md'), page(`Intro, staged.\n\n${LINK}`));
  git(root, 'add', 'a.md');
  return root;
}

const read = (root: string, file: string): string => readFileSync(path.join(root, file), 'utf8');
const tempFiles = (root: string): string[] => readdirSync(root).filter((f) => f.includes('.faq-lint-'));

describe('--staged --fix', () => {
  it('with an unstaged edit above a fixable link: the file is not touched, one line says why (it used to be garbled)', () => {
    const root = stagedRepo();
    const working = page(`WORK IN PROGRESS: a long unstaged paragraph above the link.\n\nIntro, staged.\n\n${LINK}`);
    writeFileSync(path.join(root, 'a.md'), working);
    for (const flag of ['--fix', '--fix-dry-run']) {
      const run = runCli(['--staged', flag, '--config', 'core-only.json', ...FIX_RULES], root);
      expect(read(root, 'a.md')).toBe(working);
      expect(run.stderr).toBe(
        `faq-lint: not fixed: a.md: it has unstaged changes (the working tree differs from the staged version the findings are about); stage or stash them, then run --fix again\nNothing to fix; 2 remain\n`,
      );
      expect(run.code).toBe(1);
      if (flag === '--fix-dry-run') expect(run.stdout).not.toContain('+++ b/a.md');
      expect(run.stdout).toContain("Link 'http://learn.microsoft.com/en-us/azure/foo' uses http");
    }
    expect(tempFiles(root)).toEqual([]);
  });

  it('when the working tree is the staged version: fixed over several passes, byte-exact; the index keeps the staged text', () => {
    const root = stagedRepo();
    const run = runCli(['--staged', '--fix', '--config', 'core-only.json', ...FIX_RULES], root);
    expect([run.code, run.stderr]).toEqual([0, 'Fixed 1 problem in 1 file; no problems remain\n']);
    // http -> https (link-insecure), then the absolute Learn URL -> site-relative (docs-link-absolute).
    expect(read(root, 'a.md')).toBe(page('Intro, staged.\n\nSee [the docs](/azure/foo).\n'));
    expect(git(root, 'show', ':a.md')).toBe(page(`Intro, staged.\n\n${LINK}`));
  });
});

describe('what --fix does not write', () => {
  it('a read-only file (0444) is not replaced, even by root', async () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': page(LINK), 'b.md': page(LINK) });
    chmodSync(path.join(root, 'a.md'), 0o444);
    const run = await fixRun({
      cwd: root,
      noConfig: true,
      now: TEST_NOW,
      commandLineRules: { ...CORE_ONLY, 'link-insecure': 'error', 'docs-link-absolute': 'error' },
    });
    expect(run.files.map((f) => [path.basename(f.filePath), f.notWritten])).toEqual([
      ['a.md', 'read-only: make it writable to fix it'],
      ['b.md', undefined],
    ]);
    expect(read(root, 'a.md')).toBe(page(LINK));
    expect(statSync(path.join(root, 'a.md')).mode & 0o777).toBe(0o444);
    expect(read(root, 'b.md')).toBe(page('See [the docs](/azure/foo).\n'));
  });
});

describe.runIf(process.platform !== 'win32')('SIGTERM while --fix writes', () => {
  it('the file being written is finished, the next is not started, no temp file is left, and the process ends by the signal', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': page(LINK), 'b.md': page(LINK) });
    const run = runCli(['--fix', '--config', writeCoreOnlyConfig(root), ...FIX_RULES], root, {}, [
      '--import',
      path.join(REPO_ROOT, 'tests/hostile/preload/sigterm-at-first-rename.mjs'),
    ]);
    expect(run.signal).toBe('SIGTERM');
    expect(read(root, 'a.md')).toBe(page('See [the docs](/azure/foo).\n'));
    expect(read(root, 'b.md')).toBe(page(LINK));
    expect(tempFiles(root)).toEqual([]);
  });

  it('the same interruption without faq-lint deferring the signal would leave a temp file (the preload does what it says)', () => {
    const root = tempTree({ 'a.txt': 'x' });
    const script = `import fs from 'node:fs'; const t = 'a.txt.faq-lint-x.tmp'; fs.writeFileSync(t, 'y'); fs.renameSync(t, 'a.txt');`;
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        path.join(REPO_ROOT, 'tests/hostile/preload/sigterm-at-first-rename.mjs'),
        '--input-type=module',
        '-e',
        script,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(run.signal).toBe('SIGTERM');
    expect(readdirSync(root).sort()).toEqual(['a.txt', 'a.txt.faq-lint-x.tmp']);
  });
});
