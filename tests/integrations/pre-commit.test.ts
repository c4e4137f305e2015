import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../../src/meta.js';
import { REPO_ROOT } from '../helpers.js';
import { git } from '../temp.js';
import { cleanEnv } from '../cli.js';
import { frontMatter } from './pages.js';
import { snippet } from './snippets.js';

/**
 * End to end with Debian's `pre-commit` (apt-get install pre-commit): a docs repository whose
 * .pre-commit-config.yaml points at this checkout's current commit. pre-commit clones it (the
 * hook is `language: script`: nothing is installed) and runs the committed bundle on commit.
 * Tests the committed code (HEAD), not the work tree. The time `pre-commit install-hooks` takes
 * is recorded in test-results/pre-commit-install.json (and printed).
 */
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasPreCommit)
  console.warn('skipping the pre-commit end-to-end test: pre-commit is not installed (apt-get install -y pre-commit)');

describe.skipIf(!hasPreCommit)('pre-commit hook (real pre-commit, real git; needs the npm registry)', () => {
  let work: string;
  let repo: string;
  let env: Record<string, string>;

  /** `git commit` in the docs repository: the hook runs. Status and everything printed. */
  const commit = (message: string) => {
    const run = spawnSync(
      'git',
      ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', 'commit', '-m', message],
      { cwd: repo, env, encoding: 'utf8' },
    );
    // The stylish format aligns columns with spaces: compare with single spaces.
    return { code: run.status, output: `${run.stdout}${run.stderr}`.replace(/ +/g, ' ') };
  };
  const write = (file: string, text: string) => writeFileSync(path.join(repo, file), text);

  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'faq-lint-pre-commit-'));
    repo = path.join(work, 'docs-repo');
    env = cleanEnv({ PRE_COMMIT_HOME: path.join(work, 'pre-commit-home'), FAQ_LINT_NOW: '2026-11-26' });
    const rev = git(REPO_ROOT, 'rev-parse', 'HEAD').trim();
    mkdirSync(path.join(repo, 'docs'), { recursive: true });
    git(repo, 'init', '-q');
    // The config the docs show, pointed at this checkout instead of GitHub.
    const config = snippet('.pre-commit-config.yaml');
    const tag = `v${VERSION}`;
    expect(config).toContain(`repo: https://github.com/faq-lint/faq-lint\n    rev: ${tag}\n`);
    write(
      '.pre-commit-config.yaml',
      config.replace('https://github.com/faq-lint/faq-lint', REPO_ROOT).replace(tag, rev),
    );
    write('docs/docfx.json', '{}');
    write('docs/a.md', `${frontMatter('A')}# A\n\n## Old heading\n\nText.\n`);
    write('docs/b.md', `${frontMatter('B')}# B\n\nSee [the old part](a.md#old-heading).\n`);
    git(repo, 'add', '.');
    for (const args of [['install'], ['install-hooks']]) {
      const started = performance.now();
      const run = spawnSync('pre-commit', args, { cwd: repo, env, encoding: 'utf8' });
      const seconds = (performance.now() - started) / 1000;
      expect(run.status, `pre-commit ${args.join(' ')}: ${run.stdout}${run.stderr}`).toBe(0);
      if (args[0] === 'install-hooks') {
        // Recorded, not asserted (timings belong in reports, not in pass/fail): see docs/performance.md.
        const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).stdout.trim();
        mkdirSync(path.join(REPO_ROOT, 'test-results'), { recursive: true });
        writeFileSync(
          path.join(REPO_ROOT, 'test-results', 'pre-commit-install.json'),
          `${JSON.stringify({ command: 'pre-commit install-hooks', seconds: Number(seconds.toFixed(2)), preCommit: version, node: process.version, rev }, null, 2)}\n`,
        );
        console.log(`pre-commit install-hooks (first install, ${version}): ${seconds.toFixed(2)} s`);
        // Nothing was installed with npm: the hook environment holds no node_modules.
        expect(
          spawnSync('find', [path.join(work, 'pre-commit-home'), '-name', 'node_modules'], { encoding: 'utf8' }).stdout,
        ).toBe('');
      }
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a clean commit passes', () => {
    const run = commit('docs');
    expect(run.output).toMatch(/^faq-lint\.+Passed$/m);
    expect(run.code).toBe(0);
  });

  it('a commit adding a broken link is refused, with the finding printed', () => {
    write('docs/c.md', `${frontMatter('C')}# C\n\nSee [setup](setpu.md).\n`);
    write('docs/setup.md', `${frontMatter('Setup')}# Setup\n`);
    git(repo, 'add', '.');
    const refused = commit('broken link');
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/^faq-lint\.+Failed$/m);
    expect(refused.output).toContain(
      "docs/c.md\n11:5 error Cannot find file 'setpu.md' file-not-found\n did you mean 'setup.md'?\n\n✖ 1 error",
    );
    write('docs/c.md', `${frontMatter('C')}# C\n\nSee [setup](setup.md).\n`);
    git(repo, 'add', '.');
    expect(commit('fixed link').code).toBe(0);
  });

  it('a commit renaming a heading that an unchanged file links to is refused', () => {
    write('docs/a.md', `${frontMatter('A')}# A\n\n## New heading\n\nText.\n`);
    git(repo, 'add', 'docs/a.md');
    const refused = commit('rename heading');
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(
      "docs/b.md\n11:5 error Cannot find bookmark '#old-heading' bookmark-not-found\n in 'a.md'; did you mean '#new-heading'?\n",
    );
    git(repo, 'reset', '-q', '--hard');
  });

  it('a commit with a bad ms.date is refused', () => {
    write('docs/a.md', `${frontMatter('A', '13/01/2026')}# A\n\n## Old heading\n\nText.\n`);
    git(repo, 'add', 'docs/a.md');
    const refused = commit('bad date');
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/docs\/a\.md\n6:10 error .*ms-date-invalid\n/);
    git(repo, 'reset', '-q', '--hard');
  });
});
