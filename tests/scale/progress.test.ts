import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';
import { HELP } from '../../src/cli/help.js';
import { run } from '../../src/cli/main.js';
import { Progress, progressWanted } from '../../src/cli/progress.js';
import { runCli } from '../cli.js';
import { git, tempTree } from '../temp.js';
import { defaultCacheLocation, userCacheDir } from '../../src/engine/cache-location.js';
import { sha1 } from '../../src/engine/cache.js';

function terminal(): { write(text: string): void; isTTY: boolean; text: string } {
  return {
    isTTY: true,
    text: '',
    write(text: string) {
      this.text += text;
    },
  };
}

describe('the progress line', () => {
  it('is shown only on a terminal, outside CI, unless --no-progress', () => {
    expect(progressWanted({ write: () => 0, isTTY: true }, {}, true)).toBe(true);
    expect(progressWanted({ write: () => 0, isTTY: true }, { CI: 'true' }, true)).toBe(false);
    expect(progressWanted({ write: () => 0, isTTY: false }, {}, true)).toBe(false);
    expect(progressWanted({ write: () => 0 }, {}, true)).toBe(false);
    expect(progressWanted({ write: () => 0, isTTY: true }, {}, false)).toBe(false);
    expect(parseCliArgs(['--no-progress']).progress).toBe(false);
    expect(parseCliArgs([]).progress).toBe(true);
    expect(HELP).toContain('--no-progress');
  });

  it('waits 2 seconds, counts files done of total, redraws at most every 100 ms and is erased at the end', () => {
    const stderr = terminal();
    let clock = 0;
    const progress = new Progress(stderr, () => clock);
    progress.update(1, 10);
    clock = 1999;
    progress.update(2, 10);
    expect(stderr.text).toBe('');
    clock = 2000;
    progress.update(3, 10);
    clock = 2050;
    progress.update(4, 10);
    clock = 2100;
    progress.update(5, 10);
    clock = 2110;
    progress.update(10, 10);
    progress.finish();
    expect(stderr.text).toBe(
      '\rfaq-lint: 3/10 files\u001b[K\rfaq-lint: 5/10 files\u001b[K\rfaq-lint: 10/10 files\u001b[K\r\u001b[K',
    );
  });

  it('prints nothing for a run shorter than 2 seconds, even on a terminal', async () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': '# A\n' });
    const stderr = terminal();
    const stdout = terminal();
    expect(await run(['.'], { cwd: root, stdout, stderr, env: {} })).toBe(1);
    expect(stdout.text).toContain('front-matter-missing');
    expect(stderr.text).toBe('');
  });
});

describe('--cache and --cache-location (child process)', () => {
  it('write the cache where asked and give the same report on the next run', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': '# A\n\n<!-- faq-lint-disable nope -->\n', 'b.md': '# B\n' });
    const first = runCli(['--cache', '--cache-location', 'cache-dir', '--no-progress', '.'], root);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("Unknown rule 'nope' in faq-lint-disable");
    expect(existsSync(path.join(root, 'cache-dir', 'cache.json'))).toBe(true);
    expect(runCli(['--cache', '--cache-location', 'cache-dir', '.'], root)).toEqual(first);
  });

  it('use node_modules/.cache/faq-lint by default when node_modules exists', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': '# A\n', 'node_modules/.package-lock.json': '{}' });
    expect(runCli(['--cache', '.'], root).code).toBe(1);
    expect(existsSync(path.join(root, 'node_modules', '.cache', 'faq-lint', 'cache.json'))).toBe(true);
  });

  it('in a docs repository without node_modules, use the user cache folder keyed by repository and leave git status clean', () => {
    const root = tempTree({ 'docs/docfx.json': '{}', 'docs/a.md': '# A\n' });
    const xdg = tempTree({});
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'docs');
    expect(runCli(['--cache', 'docs'], root, { XDG_CACHE_HOME: xdg }).code).toBe(1);
    expect(existsSync(path.join(root, 'node_modules')) || existsSync(path.join(root, 'docs', 'node_modules'))).toBe(
      false,
    );
    expect(git(root, 'status', '--porcelain')).toBe('');
    const location = defaultCacheLocation(root, root, {
      env: { XDG_CACHE_HOME: xdg },
      platform: 'linux',
      home: '/home/u',
    });
    expect(path.relative(xdg, location)).toBe(
      path.join('faq-lint', `${path.basename(root)}-${sha1(root).slice(0, 12)}`),
    );
    expect(readdirSync(location).sort()).toEqual(['cache.json', 'runs']);
  });
});

describe('the default cache location', () => {
  const home = '/home/u';
  it('is the platform user cache folder, or $XDG_CACHE_HOME when set (absolute)', () => {
    expect(userCacheDir({ env: {}, platform: 'linux', home })).toBe('/home/u/.cache');
    expect(userCacheDir({ env: { XDG_CACHE_HOME: '/x/cache' }, platform: 'linux', home })).toBe('/x/cache');
    expect(userCacheDir({ env: { XDG_CACHE_HOME: 'relative' }, platform: 'linux', home })).toBe('/home/u/.cache');
    expect(userCacheDir({ env: {}, platform: 'darwin', home })).toBe('/home/u/Library/Caches');
    expect(userCacheDir({ env: { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, platform: 'win32', home })).toBe(
      'C:\\Users\\u\\AppData\\Local',
    );
  });

  it("prefers the working folder's node_modules, then the repository root's", () => {
    const root = tempTree({ 'node_modules/x': '', 'docs/node_modules/y': '', 'other/a.md': '' });
    const environment = { env: {}, platform: 'linux' as const, home };
    expect(defaultCacheLocation(path.join(root, 'docs'), root, environment)).toBe(
      path.join(root, 'docs', 'node_modules', '.cache', 'faq-lint'),
    );
    expect(defaultCacheLocation(path.join(root, 'other'), root, environment)).toBe(
      path.join(root, 'node_modules', '.cache', 'faq-lint'),
    );
  });
});
