import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { MIN_FILES_FOR_WORKERS } from '../../src/engine/pool.js';
import { REPO_ROOT, TEST_NOW } from '../helpers.js';
import { git, tempTree } from '../temp.js';
import { cleanEnv } from '../cli.js';
import { page } from './pages.js';
import { releaseFolder } from './runner.js';

/**
 * The committed bundle (bundle/faq-lint.mjs, `npm run bundle`) run from a copy of the release
 * folder, with no node_modules or package.json anywhere near it. `npm test` rebuilds the bundle
 * first (pretest); CI also checks that the committed one equals a rebuild.
 */
describe('the bundle', () => {
  it('is committed executable, with a shebang, and runs alone as the CLI', () => {
    expect(
      git(REPO_ROOT, 'ls-files', '-s', 'bundle')
        .trim()
        .split('\n')
        .map((line) => `${line.split(' ')[0]} ${line.split('\t')[1]}`),
    ).toEqual(['100755 bundle/action.mjs', '100755 bundle/faq-lint.mjs']);
    const release = releaseFolder();
    const version = spawnSync(process.execPath, [path.join(release, 'bundle', 'faq-lint.mjs'), '--version'], {
      encoding: 'utf8',
      env: cleanEnv(),
    });
    expect([version.status, version.stdout, version.stderr]).toEqual([
      0,
      `${(JSON.parse(git(REPO_ROOT, 'show', 'HEAD:package.json')) as { version: string }).version}\n`,
      '',
    ]);
  });

  it.skipIf(availableParallelism() < 2)(
    'starts its worker threads on itself, and they find what an in-process run finds',
    async () => {
      const files: Record<string, string> = { 'docs/docfx.json': '{}' };
      for (let i = 0; i < MIN_FILES_FOR_WORKERS + 10; i++)
        files[`docs/page-${i}.md`] = page(`Page ${i}`, `# Page ${i}\n\nSee [next](page-${i + 1}.md).\n\n### Skipped\n`);
      const docs = tempTree(files);
      // Records the script of every worker thread started, through the public worker_threads API.
      const hook = tempTree({
        'hook.cjs': `const wt = require('node:worker_threads'); const { Worker } = wt;
wt.Worker = class extends Worker { constructor(script, options) { process.stderr.write('worker ' + script + '\\n'); super(script, options); } };
require('node:module').syncBuiltinESMExports();`,
      });
      const release = releaseFolder();
      const bundle = path.join(release, 'bundle', 'faq-lint.mjs');
      const run = spawnSync(
        process.execPath,
        ['-r', path.join(hook, 'hook.cjs'), bundle, 'docs', '--format', 'json', '--no-progress'],
        { cwd: docs, encoding: 'utf8', env: cleanEnv({ FAQ_LINT_NOW: TEST_NOW }) },
      );
      expect(run.stderr).toBe(`worker ${bundle}\n`.repeat(availableParallelism()));
      expect(run.status).toBe(1);
      const bundled = (
        JSON.parse(run.stdout) as { filePath: string; messages: { ruleId: string; line: number; message: string }[] }[]
      ).map((f) => [f.filePath, f.messages.map((m) => [m.ruleId, m.line, m.message])]);
      const inProcess = (await lint({ cwd: docs, patterns: ['docs'], now: TEST_NOW, workers: 0 })).results.map((f) => [
        f.filePath,
        f.findings.map((m) => [m.ruleId, m.line, m.message]),
      ]);
      expect(bundled).toEqual(inProcess);
      // Every page skips a heading level; the last one links to a page that does not exist.
      expect(bundled.flatMap(([, messages]) => messages as unknown[]).length).toBe(MIN_FILES_FOR_WORKERS + 10 + 1);
    },
  );
});
