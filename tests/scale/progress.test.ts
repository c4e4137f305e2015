import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';
import { HELP } from '../../src/cli/help.js';
import { run } from '../../src/cli/main.js';
import { Progress, progressWanted } from '../../src/cli/progress.js';
import { runCli } from '../cli.js';
import { tempTree } from '../temp.js';

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
    expect(stderr.text).toBe('\rfaq-lint: 3/10 files\u001b[K\rfaq-lint: 5/10 files\u001b[K\rfaq-lint: 10/10 files\u001b[K\r\u001b[K');
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
    expect(first.stdout).toContain("Unknown rule 'nope' in faq-lint-disable comment");
    expect(existsSync(path.join(root, 'cache-dir', 'cache.json'))).toBe(true);
    expect(runCli(['--cache', '--cache-location', 'cache-dir', '.'], root)).toEqual(first);
  });

  it('use node_modules/.cache/faq-lint by default', () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': '# A\n' });
    expect(runCli(['--cache', '.'], root).code).toBe(1);
    expect(existsSync(path.join(root, 'node_modules', '.cache', 'faq-lint', 'cache.json'))).toBe(true);
  });
});
