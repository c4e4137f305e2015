import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTask, type FileTask } from '../../src/engine/file-task.js';
import { lint } from '../../src/engine/lint.js';
import { WORKER_SCRIPT, WorkerPool } from '../../src/engine/pool.js';
import { referencedTargets } from '../../src/engine/targets.js';
import { FIXTURES, lintFixture, REPO_ROOT, TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';

// The worker path runs the BUILT code (dist/src/engine/worker.js): `npm test` builds first.
const SETTINGS = { now: TEST_NOW, sitePrefixes: {} };
const CONFIG = { rules: { 'inline-config-invalid': { severity: 'error' as const, options: {} } }, sitePrefixes: {} };

describe('worker threads', () => {
  it('lint a fixture docset with the same findings as an in-process run', async () => {
    const inProcess = await lintFixture('scale-docset', { workers: 0 });
    const pooled = await lintFixture('scale-docset', { workers: 2 });
    expect(pooled).toEqual(inProcess);
    expect(pooled).toEqual([
      {
        file: 'articles/guide/binary.md',
        line: 1,
        column: 1,
        ruleId: 'file-unreadable',
        message: 'File looks binary (NUL byte at offset 19); not a text file',
      },
      {
        file: 'articles/guide/install.md',
        line: 16,
        column: 1,
        ruleId: 'inline-config-invalid',
        message: "Unknown rule 'made-up-rule' in faq-lint-disable",
      },
      {
        file: 'articles/guide/install.md',
        line: 18,
        column: 1,
        ruleId: 'inline-config-invalid',
        message: "Unknown rule 'made-up-rule' in faq-lint-enable",
      },
      {
        file: 'articles/overview.md',
        line: 15,
        column: 1,
        ruleId: 'bookmark-not-found',
        message: "Cannot find bookmark '#set-the-zone'",
      },
      {
        file: 'articles/overview.md',
        line: 18,
        column: 1,
        ruleId: 'inline-config-invalid',
        message: "Unknown rule 'no-such-rule' in faq-lint-disable-next-line",
      },
    ]);
  });

  it('give results identical to in-process ones for a run of many batches, in a stable order', async () => {
    const files: Record<string, string | Buffer> = { 'docfx.json': '{}' };
    for (let i = 0; i < 70; i++) {
      const name = `a/${String(i).padStart(3, '0')}.md`;
      files[name] =
        `# Article ${i}\n\n${'Some text. '.repeat(i * 20)}\n\n<!-- faq-lint-disable rule-${i % 7} -->\n\nSee [next](${String(i + 1).padStart(3, '0')}.md#article-${i + 1}).\n`;
    }
    files['a/bad.md'] = Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]);
    const root = tempTree(files);
    const inProcess = await lint({ cwd: root, noConfig: true, now: TEST_NOW, workers: 0 });
    const pooled = await lint({ cwd: root, noConfig: true, now: TEST_NOW, workers: 2 });
    expect(pooled).toEqual(inProcess);
    expect(pooled.results.map((r) => r.path)).toEqual(
      [...Array.from({ length: 70 }, (_, i) => `a/${String(i).padStart(3, '0')}.md`), 'a/bad.md'].sort(),
    );
    const byRule: Record<string, number> = {};
    for (const file of pooled.results)
      for (const finding of file.findings) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    expect(byRule).toEqual({
      'front-matter-missing': 70,
      'inline-config-invalid': 70,
      'file-not-found': 1,
      'file-unreadable': 1,
    });
    expect(pooled.results.find((r) => r.path === 'a/bad.md')!.findings[0]!.message).toBe(
      'File is not valid UTF-8 (first bad byte at offset 2)',
    );
  });

  it('lint a subset of a docset (`files`) with its link targets summarised, pooled or not', async () => {
    const cwd = path.join(FIXTURES, 'scale-docset');
    const options = { cwd, noConfig: true, now: TEST_NOW, files: ['articles/overview.md'] };
    const pooled = await lint({ ...options, workers: 2 });
    expect(pooled).toEqual(await lint({ ...options, workers: 0 }));
    expect(pooled.results.map((r) => r.path)).toEqual(['articles/overview.md']);
    expect(pooled.results[0]!.findings.map((f) => f.ruleId)).toEqual(['bookmark-not-found', 'inline-config-invalid']);
  });
});

describe('the worker pool', () => {
  const tasks: FileTask[] = [
    {
      kind: 'lint',
      path: 'a.md',
      text: '# A\n\n<!-- faq-lint-disable x -->\n[b](b.md#c)\n',
      config: CONFIG,
      settings: SETTINGS,
    },
    { kind: 'summary', path: 'b.md', text: '# B\n\n## C\n' },
    { kind: 'summary', path: 'notes.txt', text: 'not markdown' },
  ];

  it('runs tasks in the built worker with the results of the in-process function', async () => {
    const pool = new WorkerPool(2);
    try {
      const [first, second] = await Promise.all([pool.run(tasks), pool.run([...tasks].reverse())]);
      expect(first).toEqual(tasks.map((task) => runTask(task)));
      expect(second).toEqual([...tasks].reverse().map((task) => runTask(task)));
      expect(first[1]!.summary!.headings.map((h) => h.id)).toEqual(['b', 'c']);
      expect(first[2]).toEqual({ findings: [] });
    } finally {
      await pool.close();
    }
  });

  it('finishes the work in the guarded worker when its workers die', async () => {
    const root = tempTree({ 'die.mjs': 'process.exit(3);\n' });
    const pool = new WorkerPool(2, { script: path.join(root, 'die.mjs') });
    try {
      expect(await pool.run(tasks)).toEqual(tasks.map((task) => runTask(task)));
      expect(await pool.run(tasks.slice(1))).toEqual(tasks.slice(1).map((task) => runTask(task)));
    } finally {
      await pool.close();
    }
  });

  it("works when the API is called from `node -e` (workers take none of the parent's flags, which would make them run the script)", () => {
    const root = tempTree({ 'a.md': '# A\n\n[x](missing.md)\n' });
    const lintJs = JSON.stringify(path.join(REPO_ROOT, 'dist', 'src', 'engine', 'lint.js'));
    for (const workers of ['2', 'undefined']) {
      const script = `const { lint } = await import(${lintJs}); const r = await lint({ cwd: ${JSON.stringify(root)}, noConfig: true, workers: ${workers} }); console.log(r.errorCount);`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect([run.status, run.stdout]).toEqual([0, '2\n']);
    }
  });

  it('says how to fix a missing worker script', () => {
    expect(WORKER_SCRIPT.split(path.sep).slice(-4).join('/')).toBe('dist/src/engine/worker.js');
    const root = tempTree({});
    expect(() => new WorkerPool(1, { script: path.join(root, 'missing.js') })).toThrow(
      /missing\.js is missing; run 'npm run build' first/,
    );
  });
});

describe('link targets to summarise up front', () => {
  it('are include targets and files linked with a bookmark, resolved in the docset', () => {
    const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
    const ref = (kind: 'link' | 'include' | 'image' | 'html-a', url: string) => ({ kind, url, span });
    const targets = referencedTargets({
      path: 'articles/a/page.md',
      kind: 'markdown',
      metadata: undefined,
      headings: [],
      anchors: [],
      directives: [],
      lineCount: 1,
      length: 0,
      references: [
        ref('include', '../includes/x.md'),
        ref('link', 'b.md#intro'),
        ref('link', 'c.md'),
        ref('image', 'd.md#x'),
        ref('html-a', '~/articles/e%20f.md#x'),
        ref('link', 'https://example.com/g.md#x'),
        ref('link', '/azure/h.md#x'),
        ref('link', '#local'),
        ref('link', 'page.md#self'),
        ref('link', '../../../outside.md#x'),
      ],
    });
    expect(targets).toEqual(['articles/includes/x.md', 'articles/a/b.md', 'articles/e f.md']);
  });
});
