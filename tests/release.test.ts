import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogWithRelease, docsWithVersion, isLater, releaseTags } from '../scripts/release-steps.mjs';
import { REPO_ROOT } from './helpers.js';
import { snippet } from './integrations/snippets.js';
import { git, tempTree } from './temp.js';

describe('release steps', () => {
  it('tags vX.Y.Z and moves the major tag, except for a prerelease; refuses other versions', () => {
    expect(releaseTags('1.2.3')).toEqual({ tag: 'v1.2.3', major: 'v1' });
    expect(releaseTags('0.2.0')).toEqual({ tag: 'v0.2.0', major: 'v0' });
    expect(releaseTags('2.0.0-rc.1')).toEqual({ tag: 'v2.0.0-rc.1', major: undefined });
    expect(() => releaseTags('v1.2')).toThrow("'v1.2' is not a version like 1.2.3");
    expect([
      isLater('0.2.0', '0.1.0'),
      isLater('0.10.0', '0.9.0'),
      isLater('1.0.0', '1.0.0-rc.1'),
      isLater('1.0.0-rc.2', '1.0.0-rc.1'),
    ]).toEqual([true, true, true, true]);
    expect([isLater('0.1.0', '0.1.0'), isLater('0.1.0', '0.2.0'), isLater('1.0.0-rc.1', '1.0.0')]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('moves the Unreleased entries under the version, and refuses an empty Unreleased', () => {
    const text = '# Changelog\n\nIntro.\n\n## Unreleased\n\n- New thing.\n\n## 0.1.0 - 2026-01-01\n\n- First.\n';
    expect(changelogWithRelease(text, '0.2.0', '2026-11-29')).toBe(
      '# Changelog\n\nIntro.\n\n## Unreleased\n\n## 0.2.0 - 2026-11-29\n\n- New thing.\n\n## 0.1.0 - 2026-01-01\n\n- First.\n',
    );
    expect(() => changelogWithRelease('# Changelog\n\n## Unreleased\n\n## 0.1.0 - x\n', '0.2.0', 'd')).toThrow(
      "'## Unreleased' is empty",
    );
  });

  it('points both snippets (pre-commit rev, Action uses) at the new tag', () => {
    expect(
      docsWithVersion(
        '    rev: v0.1.0\n      - uses: faq-lint/faq-lint@v0.1.0\n      - uses: faq-lint/faq-lint@v1\n',
        '1.0.0',
      ),
    ).toBe('    rev: v1.0.0\n      - uses: faq-lint/faq-lint@v1.0.0\n      - uses: faq-lint/faq-lint@v1.0.0\n');
  });
});

describe('npm run release (in a clone of this commit, with this checkout node_modules)', () => {
  it('bumps, dates the changelog, updates the snippets, rebuilds the bundle, commits and tags', () => {
    const work = tempTree({});
    const clone = path.join(work, 'faq-lint');
    git(work, 'clone', '-q', REPO_ROOT, clone);
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(clone, 'node_modules'));
    appendFileSync(path.join(clone, '.git', 'info', 'exclude'), 'node_modules\n');
    const env = {
      ...process.env,
      FAQ_LINT_RELEASE_DATE: '2026-11-29',
      GIT_AUTHOR_NAME: 'Releaser',
      GIT_AUTHOR_EMAIL: 'r@example.com',
      GIT_COMMITTER_NAME: 'Releaser',
      GIT_COMMITTER_EMAIL: 'r@example.com',
    };
    const release = (version: string) =>
      spawnSync('npm', ['run', '--silent', 'release', '--', version], { cwd: clone, env, encoding: 'utf8' });

    expect(release('0.0.1')).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('release: 0.0.1 is not later than the current version'),
    });
    writeFileSync(path.join(clone, 'README.md'), `${readFileSync(path.join(clone, 'README.md'), 'utf8')}\n`);
    expect(release('9.1.0')).toMatchObject({
      status: 1,
      stderr: 'release: the work tree has changes; commit or stash them first\n',
    });
    git(clone, 'checkout', '-q', 'README.md');

    const run = release('9.1.0');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Released v9.1.0 and moved v9 on');
    expect(run.stdout).toContain('git push origin HEAD v9.1.0\n  git push --force origin v9\n  npm publish');
    const read = (file: string) => readFileSync(path.join(clone, file), 'utf8');
    expect((JSON.parse(read('package.json')) as { version: string }).version).toBe('9.1.0');
    expect((JSON.parse(read('package-lock.json')) as { version: string }).version).toBe('9.1.0');
    expect(read('CHANGELOG.md')).toContain('## Unreleased\n\n## 9.1.0 - 2026-11-29\n\n- ');
    for (const doc of ['README.md', 'docs/integrations.md']) {
      expect(read(doc)).toContain('rev: v9.1.0');
      expect(read(doc)).toContain('faq-lint/faq-lint@v9.1.0');
    }
    expect(read('bundle/faq-lint.mjs')).toContain('// faq-lint 9.1.0, bundled by esbuild');
    expect(execFileSync('node', [path.join(clone, 'bundle', 'faq-lint.mjs'), '--version'], { encoding: 'utf8' })).toBe(
      '9.1.0\n',
    );
    expect(git(clone, 'status', '--porcelain')).toBe('');
    expect(git(clone, 'log', '-1', '--format=%s')).toBe('Release v9.1.0\n');
    const head = git(clone, 'rev-parse', 'HEAD');
    expect(git(clone, 'rev-parse', 'v9.1.0^{commit}')).toBe(head);
    expect(git(clone, 'rev-parse', 'v9^{commit}')).toBe(head);
    // A tag that exists is refused.
    expect(release('9.1.0')).toMatchObject({ status: 1 });
    // docs/releasing.md: the command as documented (for 1.2.0), and the push and publish steps the script prints.
    expect(snippet('release').trim()).toBe('npm run release -- 1.2.0');
    expect(run.stdout).toContain(
      `  ${snippet('publish')
        .trim()
        .replace(/1\.2\.0/g, '9.1.0')
        .replace(/ v1$/m, ' v9')
        .split('\n')
        .join('\n  ')}\n`,
    );
  });
});
