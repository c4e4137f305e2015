/**
 * The one rule runner: a rule a team adds with `defineRule` and `lint({ rules })` runs, is
 * configured and silenced like a built-in rule; a rule that throws is an `internal-error` at the
 * severity the config gives it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, defineRule, lint } from '../../src/index.js';
import { TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';

const page = (body: string): string =>
  `---\ntitle: A page title that is long enough\ndescription: ${'d'.repeat(120)}\nms.date: 11/01/2026\nms.topic: article\nauthor: a\nms.author: a\n---\n\n${body}`;

/** A per-file rule: reports every TODO in the text. */
const noTodo = defineRule({
  meta: {
    id: 'team/no-todo',
    family: 'team',
    description: 'No TODO left in an article',
    severity: 'warn',
    messages: { todo: "Remove the '{{word}}' marker" },
  },
  check(context) {
    for (const match of context.text.matchAll(/TODO/g)) {
      const offset = match.index;
      const line = context.text.slice(0, offset).split('\n').length;
      const column = offset - context.text.lastIndexOf('\n', offset - 1);
      const point = { line, column, offset };
      context.report({
        messageId: 'todo',
        data: { word: 'TODO' },
        span: { start: point, end: { ...point, column: column + 4, offset: offset + 4 } },
      });
    }
  },
});

/** A cross-file rule: every page must be linked from another page. */
const linkedFrom = defineRule({
  meta: {
    id: 'team/orphan',
    family: 'team',
    description: 'A page nobody links to',
    severity: 'error',
    messages: { orphan: 'No page links to {{path}}' },
  },
  checkDocset(context) {
    if (context.path === 'index.md') return;
    const linked = ['index.md', 'a.md', 'b.md'].some(
      (other) =>
        other !== context.path && context.docset.summary(other)?.references.some((r) => r.url === context.path),
    );
    if (!linked) context.report({ messageId: 'orphan', data: { path: context.path } });
  },
});

const throws = defineRule({
  meta: { id: 'team/broken', family: 'team', description: 'Throws', severity: 'warn', messages: {} },
  check() {
    throw new Error('boom');
  },
});

function docset(): string {
  return tempTree({
    'docfx.json': '{}',
    'index.md': page('# Index\n\nSee [a](a.md).\n'),
    'a.md': page('# A\n\nTODO: write this.\n'),
    'b.md': page('# B\n\n<!-- faq-lint-disable-next-line team/no-todo -->\nTODO silenced.\n'),
  });
}

const rows = (root: string, result: Awaited<ReturnType<typeof lint>>) =>
  result.results.flatMap((file) =>
    file.findings.map((f) => [
      path.relative(root, file.filePath),
      f.ruleId,
      f.severity,
      f.line,
      f.column,
      f.messageId,
      f.data,
      f.message,
    ]),
  );

describe('custom rules: defineRule and lint({ rules })', () => {
  it('runs a per-file and a cross-file rule next to the built-in ones, honouring inline comments', async () => {
    const root = docset();
    const result = await lint({ cwd: root, noConfig: true, now: TEST_NOW, rules: [...allRules, noTodo, linkedFrom] });
    expect(rows(root, result)).toEqual([
      ['a.md', 'team/no-todo', 1, 12, 1, 'todo', { word: 'TODO' }, "Remove the 'TODO' marker"],
      ['b.md', 'team/orphan', 2, 1, 1, 'orphan', { path: 'b.md' }, 'No page links to b.md'],
    ]);
  });

  it('is configured like a built-in rule: commandLineRules and config files set its severity', async () => {
    const root = docset();
    const off = await lint({
      cwd: root,
      noConfig: true,
      now: TEST_NOW,
      rules: [...allRules, noTodo, linkedFrom],
      commandLineRules: { 'team/orphan': 'off', 'team/no-todo': 'error' },
    });
    expect(rows(root, off).map((row) => row.slice(0, 3))).toEqual([['a.md', 'team/no-todo', 2]]);
    // A config file validated against the run's rules: the team's ids are known there too.
    writeFileSync(
      path.join(root, '.faqlintrc.json'),
      JSON.stringify({ rules: { 'team/orphan': 'off', 'team/no-todo': ['error'] } }),
    );
    const configured = await lint({ cwd: root, now: TEST_NOW, rules: [...allRules, noTodo, linkedFrom] });
    expect(rows(root, configured).map((row) => row.slice(0, 3))).toEqual([['a.md', 'team/no-todo', 2]]);
    // And the same docset linted with faq-lint's own rules after: the config names rules this run does not have.
    await expect(lint({ cwd: root, now: TEST_NOW })).rejects.toThrow('team/orphan');
  });

  it('an unknown id in an inline comment is reported unless the run has that rule', async () => {
    const root = docset();
    const without = await lint({ cwd: root, noConfig: true, now: TEST_NOW });
    expect(rows(root, without).map((row) => [row[0], row[1], row[3], row[7]])).toEqual([
      ['b.md', 'inline-config-invalid', 12, "Unknown rule 'team/no-todo' in faq-lint-disable-next-line"],
    ]);
  });

  it("a rule that throws is an internal-error at internal-error's configured severity, and nothing when it is off", async () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': page('# A\n') });
    const rules = [...allRules, throws];
    const asError = await lint({ cwd: root, noConfig: true, now: TEST_NOW, rules });
    expect(rows(root, asError).map((row) => [row[1], row[2], row[7]])).toEqual([
      ['internal-error', 2, "Rule 'team/broken' failed on this file: boom"],
    ]);
    const asWarning = await lint({
      cwd: root,
      noConfig: true,
      now: TEST_NOW,
      rules,
      commandLineRules: { 'internal-error': 'warn' },
    });
    expect(rows(root, asWarning).map((row) => [row[1], row[2]])).toEqual([['internal-error', 1]]);
    const off = await lint({
      cwd: root,
      noConfig: true,
      now: TEST_NOW,
      rules,
      commandLineRules: { 'internal-error': 'off' },
    });
    expect(rows(root, off)).toEqual([]);
  });

  it('refuses two rules with one id, and an id that is not lower-case words', async () => {
    await expect(lint({ cwd: docset(), noConfig: true, rules: [...allRules, noTodo, { ...noTodo }] })).rejects.toThrow(
      "Two rules have the id 'team/no-todo'",
    );
    const bad = defineRule({
      meta: { id: 'No Todo', family: 'team', description: 'x', severity: 'warn', messages: {} },
    });
    await expect(lint({ cwd: docset(), noConfig: true, rules: [bad] })).rejects.toThrow(
      "Rule id 'No Todo' must be lower-case words",
    );
  });
});
