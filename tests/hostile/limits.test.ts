/**
 * The cost bound of one file, wherever it is parsed. Hostile files as link targets, includes,
 * git bases and under the remark plugin get the same guarded step as linted files (they used to
 * be parsed unguarded: minutes per file); the shapes the pre-scan used to let through are refused;
 * a file the pre-scan lets through is stopped at its time limit, in the pool and in the guarded
 * worker; a file that fills a pool worker's heap is retried with the larger one; and findings are
 * capped per rule and file. No timing assertions: before these guards the tests ran for minutes
 * or crashed, so they fail by vitest's timeout or by their findings.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { MAX_FINDINGS_PER_RULE } from '../../src/engine/collect.js';
import { runTask, type LintTask } from '../../src/engine/file-task.js';
import { GuardedWorker, guardedWorker } from '../../src/engine/guard.js';
import { lint } from '../../src/engine/lint.js';
import { stoppedMessage } from '../../src/engine/stopped.js';
import { WorkerPool } from '../../src/engine/pool.js';
import { NESTING_LIMITS } from '../../src/parse/complexity.js';
import faqLint from '../../src/remark.js';
import { TEST_NOW } from '../helpers.js';
import { git, tempTree } from '../temp.js';
import { CORE_ONLY, lintTree, tooComplex } from './hostile-helpers.js';
import { runCli } from '../cli.js';

const BIG = { timeout: 300_000 };
const DEEP = `# Deep\n\n${'- '.repeat(20_000)}deep\n`; // 20,000-deep lists: minutes of parsing unguarded
const LINK_RULES = {
  ...CORE_ONLY,
  'file-not-found': 'error',
  'bookmark-not-found': 'error',
  'include-not-found': 'error',
  'h1-missing': 'error',
} as const;
/** A file the pre-scan lets through that still takes seconds: 60,000 list items. */
const SLOW = '# Slow\n\n'.concat('- item text\n'.repeat(60_000));

describe('a hostile file that is only a link target, an include, a git base or under remark gets the guarded step', () => {
  it(
    'as the target of a bookmark and of an include (not linted itself): no parse, the bookmark is left unchecked',
    BIG,
    async () => {
      const root = tempTree({
        'docfx.json': '{}',
        'a.md': '# A\n\n[x](c.md#nope)\n\n[!INCLUDE [i](includes/deep.md)]\n',
        'c.md': DEEP,
        'includes/deep.md': DEEP,
      });
      expect((await lintTree(root, ['a.md'], LINK_RULES)).rows).toEqual([]);
    },
  );

  it('as the git base of a changed file (ms-date-not-updated and the changed-files selection)', BIG, async () => {
    const root = tempTree({
      'docfx.json': '{}',
      'a.md': `---\nms.date: 01/01/2026\n---\n${DEEP}`,
      'b.md': '# B\n\n[a](a.md#deep)\n',
    });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'hostile base');
    writeFileSync(path.join(root, 'a.md'), '---\nms.date: 01/01/2026\n---\n# Deep\n\nA fixed page.\n');
    git(root, 'add', 'a.md');
    const result = await lint({
      cwd: root,
      noConfig: true,
      now: TEST_NOW,
      staged: true,
      commandLineRules: { ...LINK_RULES, 'ms-date-not-updated': 'warn' },
    });
    // The base was refused, not parsed: no ids to compare, no previous metadata; the new text is linted.
    expect(result.results.map((r) => [path.basename(r.filePath), r.findings.map((f) => f.ruleId)])).toEqual([
      ['a.md', []],
    ]);
  });

  it(
    'under the remark plugin: a hostile link target is summarised in the guarded worker; a hostile file itself gets one finding',
    BIG,
    async () => {
      const root = tempTree({ 'docfx.json': '{}', 'c.md': DEEP });
      const lintWithRemark = async (name: string, value: string): Promise<VFile> => {
        const file = new VFile({ path: path.join(root, name), cwd: root, value });
        const processor = unified()
          .use(remarkParse)
          .use(remarkFrontmatter, ['yaml'])
          .use(faqLint, { rules: LINK_RULES, now: TEST_NOW });
        await processor.run(processor.parse(file), file);
        return file;
      };
      expect((await lintWithRemark('a.md', '# A\n\n[x](c.md#nope)\n')).messages.map((m) => m.ruleId)).toEqual([]);
      const itself = await lintWithRemark('d.md', `# D\n\n${'> '.repeat(150)}x\n`);
      expect(itself.messages.map((m) => [m.ruleId, m.reason, m.note])).toEqual([
        [
          'file-too-complex',
          `Block quotes and lists nest 150 deep (limit ${NESTING_LIMITS.containers})`,
          'at line 3; faq-lint does not parse this file',
        ],
      ]);
    },
  );
});

describe('the inputs the pre-scan used to let through are refused at once', () => {
  it(
    '80,000 shortcut references, emphasis just under the block limit in many blocks, lists indented inside a quote',
    BIG,
    async () => {
      const root = tempTree({
        'docfx.json': '{}',
        'shortcuts.md': '[a] '.repeat(80_000),
        'emphasis.md': `${'**a '.repeat(2_400)}x${' a**'.repeat(2_400)}\n\n`.repeat(10),
        'quoted-lists.md': Array.from({ length: 150 }, (_, i) => `> ${'  '.repeat(i)}- item`).join('\n'),
      });
      expect((await lintTree(root, ['.'], CORE_ONLY, true)).rows).toEqual([
        tooComplex(
          'emphasis.md',
          `Too many possible emphasis pairs: 7589 (limit ${NESTING_LIMITS.emphasisPairs}) - '*' and '_' by line 19, the file's blocks counted as one; faq-lint does not parse this file`,
        ),
        tooComplex(
          'quoted-lists.md',
          `Block quotes and lists nest 151 deep (limit ${NESTING_LIMITS.containers}) - at line 150; faq-lint does not parse this file`,
        ),
        tooComplex(
          'shortcuts.md',
          `One block has 80000 bracket pairs (limit ${NESTING_LIMITS.labelsPerBlock}) - links, images and references, by line 1; faq-lint does not parse this file`,
        ),
      ]);
    },
  );

  it('a structured FAQ: each answer gets the pre-scan of an article; many links across answers are fine', async () => {
    const faq = (answers: string[]): string =>
      `### YamlMime:FAQ\nmetadata:\n  title: T\ntitle: T\nsummary: s\nsections:\n  - name: S\n    questions:\n${answers.map((a, i) => `      - question: Q ${i}?\n        answer: ${a}`).join('\n')}\n`;
    const root = tempTree({
      'docfx.json': '{}',
      // 6,000 links in 3,000 answers: over the per-block limit if the file were one block, which it is not.
      'many.yml': faq(Array.from({ length: 3_000 }, () => 'See [a](a.md) and [b](b.md).')),
      'deep.yml': faq(['Fine.', `"${'> '.repeat(150)}x"`]),
    });
    expect((await lintTree(root, ['.'], CORE_ONLY, true)).rows).toEqual([
      tooComplex(
        'deep.yml',
        `Block quotes and lists nest 150 deep (limit ${NESTING_LIMITS.containers}) - in the Markdown that starts at line 12, at line 1; faq-lint does not parse this file`,
      ),
    ]);
  });

  it('a refused file gets one finding, not three (no front matter or H1 findings about a file that was not parsed)', async () => {
    const root = tempTree({ 'docfx.json': '{}', 'deep.md': `${'> '.repeat(200)}x\n` });
    const result = await lint({ cwd: root, noConfig: true, now: TEST_NOW });
    expect(result.results.map((r) => r.findings.map((f) => f.ruleId))).toEqual([['file-too-complex']]);
  });

  it(
    '42,000 FAQ headings: findings capped per rule, a report and exit 1 (it used to end with a stack overflow and no report)',
    BIG,
    () => {
      // The same question each time: three findings per heading (no '?', no answer, a duplicate).
      const headings = '## Question\n'.repeat(42_000);
      const root = tempTree({
        'docfx.json': '{}',
        'faq.md': `---\ntitle: FAQ\nms.topic: faq\n---\n# FAQ\n\n${headings}`,
      });
      const run = runCli(['--no-config', '--format', 'json'], root);
      expect([run.code, run.stderr]).toEqual([1, '']);
      const [file] = JSON.parse(run.stdout) as {
        messages: { ruleId: string; message: string }[];
        errorCount: number;
        warningCount: number;
      }[];
      const byRule = new Map<string, number>();
      for (const m of file!.messages) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
      for (const rule of ['faq-question-format', 'faq-answer-empty', 'faq-duplicate-question']) {
        expect(byRule.get(rule)).toBe(MAX_FINDINGS_PER_RULE + 1);
        expect(file!.messages.filter((m) => m.ruleId === rule).at(-1)!.message).toMatch(
          new RegExp(
            `^\\d+ more '${rule}' findings in this file are not shown \\(at most ${MAX_FINDINGS_PER_RULE} per rule and file\\)$`,
          ),
        );
      }
      // The counts (and so --max-warnings) see every finding.
      expect(file!.errorCount + file!.warningCount).toBeGreaterThan(3 * 42_000);
    },
  );
});

describe('the per-file time limit, enforced outside the parser', () => {
  const config = resolveConfig('/x/a.md', undefined, allRules, {});
  const task = (p: string, text: string): LintTask => ({
    kind: 'lint',
    path: p,
    text,
    config,
    settings: { now: TEST_NOW, sitePrefixes: {} },
  });
  const stopped = (limitMs: number): [string, string] => ['file-too-complex', stoppedMessage(limitMs)];

  it(
    'a slow file gets one file-too-complex finding and the run goes on, in the guarded worker and in the pool',
    BIG,
    async () => {
      const root = tempTree({ 'docfx.json': '{}', 'slow.md': SLOW, 'ok.md': '# OK\n\n[x](missing.md)\n' });
      for (const workers of [0, 2]) {
        const result = await lint({
          cwd: root,
          noConfig: true,
          now: TEST_NOW,
          workers,
          fileTimeLimit: 0.3,
          commandLineRules: LINK_RULES,
        });
        expect(
          result.results.map((r) => [path.basename(r.filePath), r.findings.map((f) => [f.ruleId, f.message])]),
        ).toEqual([
          ['ok.md', [['file-not-found', "Cannot find file 'missing.md'"]]],
          ['slow.md', [stopped(300)]],
        ]);
      }
    },
  );

  it(
    'a slow link target is stopped once, not once when prefetched and again when a rule asks for it',
    BIG,
    async () => {
      const root = tempTree({ 'docfx.json': '{}', 'a.md': '# A\n\n[x](slow.md#nope)\n', 'slow.md': SLOW });
      const before = guardedWorker().stops;
      const result = await lint({
        cwd: root,
        patterns: ['a.md'],
        noConfig: true,
        now: TEST_NOW,
        fileTimeLimit: 0.3,
        commandLineRules: LINK_RULES,
      });
      expect(result.results.flatMap((r) => r.findings)).toEqual([]);
      expect(guardedWorker().stops - before).toBe(1);
    },
  );

  it('the guarded worker stops a task at its deadline and serves the next one with a new thread', BIG, () => {
    const guard = new GuardedWorker();
    try {
      expect(guard.run(task('slow.md', SLOW), 200).findings.map((f) => [f.ruleId, f.message])).toEqual([stopped(200)]);
      expect(guard.stops).toBe(1);
      expect(guard.run(task('a.md', '# A\n'), 30_000)).toEqual(runTask(task('a.md', '# A\n')));
    } finally {
      guard.stop();
    }
  });

  it(
    'a file that fills a pool worker heap is retried once in the guarded worker (larger heap): same result as in-process',
    BIG,
    async () => {
      const heavy = '\\* '.repeat(60_000);
      const tasks = [task('a.md', '# A\n'), task('heavy.md', heavy), task('b.md', '# B\n')];
      const pool = new WorkerPool(1, { heapMb: 16 });
      try {
        expect(await pool.run(tasks)).toEqual(tasks.map((task) => runTask(task)));
        expect(pool.counts).toEqual({ stopped: 0, retried: 1 });
      } finally {
        await pool.close();
      }
    },
  );

  it('a task over its deadline in the pool: stopped, the rest of its batch runs on a new worker', BIG, async () => {
    const tasks = [task('a.md', '# A\n'), task('slow.md', SLOW), task('b.md', '# B\n')];
    const pool = new WorkerPool(1, { limitMs: 300 });
    try {
      const results = await pool.run(tasks);
      expect(results[0]).toEqual(runTask(tasks[0]!));
      expect(results[1]!.findings.map((f) => [f.ruleId, f.message])).toEqual([stopped(300)]);
      expect(results[2]).toEqual(runTask(tasks[2]!));
      expect(pool.counts).toEqual({ stopped: 1, retried: 0 });
    } finally {
      await pool.close();
    }
  });

  it('--file-time-limit on the command line', BIG, () => {
    const root = tempTree({ 'docfx.json': '{}', 'slow.md': SLOW });
    const run = runCli(['--no-config', '--file-time-limit', '0.3'], root);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(stoppedMessage(300));
    expect(runCli(['--file-time-limit', 'soon'], root).stderr).toBe(
      "faq-lint: --file-time-limit takes a number of seconds, got 'soon'\nRun 'faq-lint --help' for usage.\n",
    );
  });
});
