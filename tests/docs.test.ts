import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.js';
import { RULES_TABLE_END, RULES_TABLE_START, rulesTable } from '../src/docs/rules-table.js';
import { REPO_ROOT } from './helpers.js';

const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');

/**
 * The tests a doc names as `tests/x.test.ts` › "name", "name": each file must exist and hold each
 * name (as written in its source: a test or a describe block).
 */
function namedTests(doc: string): { file: string; names: string[] }[] {
  const text = doc.replace(/\s*\n\s*/g, ' ');
  const refs: { file: string; names: string[] }[] = [];
  for (const match of text.matchAll(/`(tests\/[\w/.-]+\.test\.ts)`( › ((?:"[^"]+"(?:, )?)+))?/g)) {
    refs.push({ file: match[1]!, names: [...(match[3] ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!) });
  }
  return refs;
}

describe('documentation', () => {
  it('every test docs/guarantees.md names exists, under that name', () => {
    const refs = namedTests(readFileSync(path.join(REPO_ROOT, 'docs', 'guarantees.md'), 'utf8'));
    expect(refs.length).toBeGreaterThan(30);
    const missing: string[] = [];
    for (const { file, names } of refs) {
      if (!existsSync(path.join(REPO_ROOT, file))) missing.push(file);
      else {
        const source = readFileSync(path.join(REPO_ROOT, file), 'utf8');
        for (const name of names) if (!source.includes(name)) missing.push(`${file} › ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("the README's rules table is current (run `npm run docs` if not)", () => {
    const section = readme
      .slice(readme.indexOf(RULES_TABLE_START) + RULES_TABLE_START.length, readme.indexOf(RULES_TABLE_END))
      .trim();
    expect(section).toBe(rulesTable(allRules));
  });

  it('the quick start is exactly two commands', () => {
    const quickStart = /## Quick start[\s\S]*?```sh[^\n]*\n([\s\S]*?)```/.exec(readme)?.[1]?.trim().split('\n');
    expect(quickStart).toEqual(['npm install && npx faq-lint fixtures/sample-docset', 'npm test']);
  });

  it.each(allRules.map((r) => [r.meta.id, r.meta.family]))(
    'rule %s has a doc page with a wrong and a right example',
    (id, family) => {
      const doc = path.join(REPO_ROOT, 'rules', family, `${id}.md`);
      expect(existsSync(doc)).toBe(true);
      const text = readFileSync(doc, 'utf8');
      expect(text.startsWith(`# ${id}\n`)).toBe(true);
      expect(text).toMatch(/^## Wrong$/m);
      expect(text).toMatch(/^## Right$/m);
    },
  );

  it.each(allRules.map((r) => [r.meta.id, r]))('rule %s documents every option and gives it a default', (_id, rule) => {
    const doc = readFileSync(path.join(REPO_ROOT, 'rules', rule.meta.family, `${rule.meta.id}.md`), 'utf8');
    const options = Object.keys((rule.meta.schema as { properties?: object }).properties ?? {});
    expect(options.filter((option) => !doc.includes(`\`${option}\``))).toEqual([]);
    expect(options.filter((option) => !(option in rule.meta.defaults))).toEqual([]);
  });

  it('every rule declares its metadata completely', () => {
    for (const rule of allRules) {
      expect(rule.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(['off', 'warn', 'error']).toContain(rule.meta.severity);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.schema).toMatchObject({ type: 'object', additionalProperties: false });
      expect(typeof rule.meta.fixable).toBe('boolean');
    }
    expect(new Set(allRules.map((r) => r.meta.id)).size).toBe(allRules.length);
  });
});
