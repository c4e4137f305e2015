/**
 * The rule tester, in the style of ESLint's RuleTester: `testRule(id, { valid, invalid })` makes
 * one `describe` block per rule with
 *
 * - each valid case: a tiny docset that must give no finding at all,
 * - each invalid case: the exact findings (rule id, message id, data, line, column) of the file
 *   under test, and nothing else,
 * - the rule page's `## Wrong` blocks (each must give at least one finding of the rule) and
 *   `## Right` blocks (each must give no finding at all), run in `fixtures/rule-examples`,
 *
 * always with EVERY rule on at its default (plus what a case sets), so another rule's false alarm
 * on the same text fails the test too. Linting runs in-process (`workers: 0`), so coverage counts it.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rulesById } from '../../rules/index.js';
import type { CommandLineRules } from '../../src/config/resolve.js';
import { lint, type LintOptions } from '../../src/engine/lint.js';
import type { MessageData } from '../../src/types.js';
import { FIXTURES, REPO_ROOT, TEST_NOW } from '../helpers.js';
import { frontMatter } from '../integrations/pages.js';
import { git, tempTree } from '../temp.js';

/** One case: a docset, and the file in it that is linted. */
export interface Case {
  /** What the case shows (the test's name). */
  name: string;
  /** The docset's files (a `docfx.json` is added when absent). */
  files?: Record<string, string | Buffer>;
  /** Shorthand for `files: { 'page.md': page(body) }`: the body of a page with complete metadata. */
  body?: string;
  /** The file under test (default `page.md`); only its findings are compared. */
  file?: string;
  /** Rule settings on top of every rule at its default, e.g. `{ 'ms-date-stale': ['warn', { maxAgeDays: 30 }] }`. */
  rules?: CommandLineRules;
  /** Other `lint()` options (`now`, `changedSince`, ...). */
  options?: LintOptions;
  /** Runs in the docset before linting, e.g. to commit a base version for changed mode. */
  setup?: (root: string) => void;
}

/** An expected finding of the rule under test. */
export interface Expected {
  messageId: string;
  data?: MessageData;
  line: number;
  column: number;
  /** Only when it differs from the rule's configured severity. */
  severity?: 1 | 2;
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

/** A page with complete, valid metadata (8 lines of front matter, then a blank line), then `body`. */
export function page(body: string, title = 'A page of the rule tester'): string {
  return `${frontMatter(title)}\n${body}`;
}

/** The line of `body`'s line `n` in `page(body)`. */
export const bodyLine = (n: number): number => n + 9;

interface Found {
  ruleId: string;
  messageId: string | undefined;
  data?: MessageData;
  line: number;
  column: number;
  severity: 1 | 2;
}

async function findingsOf(testCase: Case): Promise<Found[]> {
  const files: Record<string, string | Buffer> = {
    'docfx.json': '{}',
    ...(testCase.body === undefined ? {} : { 'page.md': page(testCase.body) }),
    ...testCase.files,
  };
  const root = tempTree(files);
  testCase.setup?.(root);
  const file = testCase.file ?? 'page.md';
  const result = await lint({
    cwd: root,
    noConfig: true,
    now: TEST_NOW,
    workers: 0,
    commandLineRules: testCase.rules,
    ...testCase.options,
  });
  // Every file is linted, so a false alarm anywhere in the case's docset shows: other files must be clean.
  const elsewhere = result.results
    .filter((r) => r.path !== file)
    .flatMap((r) => r.findings.map((f) => `${r.path}:${f.line}:${f.column} ${f.ruleId}`));
  expect(elsewhere, 'findings in the other files of the case').toEqual([]);
  return result.results
    .filter((r) => r.path === file)
    .flatMap((r) =>
      r.findings.map((f) => ({
        ruleId: f.ruleId,
        messageId: f.messageId,
        ...(f.data ? { data: f.data } : {}),
        line: f.line,
        column: f.column,
        severity: f.severity,
      })),
    );
}

/** The code blocks under the rule page's `## <title>` heading (up to the next level-2 heading). */
export function exampleBlocks(markdown: string, title: 'Wrong' | 'Right'): Code[] {
  const tree = unified().use(remarkParse).parse(markdown);
  const blocks: Code[] = [];
  let inside = false;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2)
      inside =
        node.depth === 2 &&
        node.children.length === 1 &&
        node.children[0]?.type === 'text' &&
        node.children[0].value === title;
    else if (inside && node.type === 'code') blocks.push(node);
  }
  return blocks;
}

/**
 * A Markdown example without its own front matter is a page body: complete metadata is added,
 * and an H1 when it has none (examples show the part of a page that matters).
 */
function exampleFile(block: Code): { name: string; text: string } {
  if (block.lang === 'yaml') return { name: 'articles/migrate/example.yml', text: `${block.value}\n` };
  if (/^---\n[\s\S]*?^---$/m.test(block.value))
    return { name: 'articles/migrate/example.md', text: `${block.value}\n` };
  const body = /^# /m.test(block.value) ? block.value : `# A rule page example\n\n${block.value}`;
  return { name: 'articles/migrate/example.md', text: page(`${body}\n`, 'A rule page example') };
}

export interface Examples {
  /** Why the page's Wrong example is prose, not a runnable block (the core rules: a binary file, a rule that throws); its Right blocks still run. */
  prose?: string;
  /** A committed base version of the example file: the examples then run in changed mode against HEAD. */
  base?: string;
  /** Rule settings the page's examples state (e.g. an option the example text names). */
  rules?: CommandLineRules;
}

async function exampleFindings(block: Code, examples: Examples): Promise<Found[]> {
  const example = exampleFile(block);
  const root = tempTree({});
  cpSync(path.join(FIXTURES, 'rule-examples'), root, { recursive: true });
  const absolute = path.join(root, example.name);
  mkdirSync(path.dirname(absolute), { recursive: true });
  let options: LintOptions = {};
  if (examples.base !== undefined) {
    git(root, 'init', '-q');
    writeFileSync(absolute, examples.base);
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'base');
    options = { changedSince: 'HEAD' };
  }
  writeFileSync(absolute, example.text);
  const result = await lint({
    cwd: root,
    patterns: [example.name],
    now: TEST_NOW,
    workers: 0,
    commandLineRules: examples.rules,
    ...options,
  });
  return result.results.flatMap((r) =>
    r.findings.map((f) => ({
      ruleId: f.ruleId,
      messageId: f.messageId,
      line: f.line,
      column: f.column,
      severity: f.severity,
      message: f.message,
    })),
  );
}

/** The tests of rule `id`: its cases and its rule page's examples, with every rule on. */
export function testRule(id: string, cases: { valid: Case[]; invalid: InvalidCase[]; examples?: Examples }): void {
  const rule = rulesById.get(id);
  if (!rule) throw new Error(`No rule '${id}'`);
  const configured: 1 | 2 = rule.meta.severity === 'error' ? 2 : 1;

  describe(id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });

    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, async () => {
        expect(await findingsOf(testCase)).toEqual([]);
      });
    }

    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, async () => {
        for (const error of testCase.errors)
          expect(Object.keys(rule.meta.messages), 'a message id the rule declares').toContain(error.messageId);
        const expected = testCase.errors.map((e) => ({
          ruleId: id,
          messageId: e.messageId,
          line: e.line,
          column: e.column,
          severity: e.severity ?? configured,
          ...(e.data ? { data: e.data } : {}),
        }));
        // A case that gives no data for a finding does not compare its data.
        const found = (await findingsOf(testCase)).map(({ data, ...rest }, index) =>
          testCase.errors[index]?.data ? { ...rest, data } : rest,
        );
        expect(found).toEqual(expected);
      });
    }

    const pageText = readFileSync(path.join(REPO_ROOT, 'rules', rule.meta.family, `${id}.md`), 'utf8');
    const wrong = exampleBlocks(pageText, 'Wrong');
    const right = exampleBlocks(pageText, 'Right');
    if (cases.examples?.prose) {
      it(`rule page: the Wrong example is prose (${cases.examples.prose})`, () => {
        expect(wrong).toEqual([]);
      });
    } else {
      it('rule page: has Wrong and Right examples', () => {
        expect([wrong.length > 0, right.length > 0]).toEqual([true, true]);
      });
    }
    wrong.forEach((block, index) => {
      it(`rule page: Wrong example ${index + 1} (line ${block.position?.start.line}) gives a ${id} finding`, async () => {
        expect((await exampleFindings(block, cases.examples ?? {})).map((f) => f.ruleId)).toContain(id);
      });
    });
    right.forEach((block, index) => {
      it(`rule page: Right example ${index + 1} (line ${block.position?.start.line}) gives no finding`, async () => {
        expect(await exampleFindings(block, cases.examples ?? {})).toEqual([]);
      });
    });
  });
}
