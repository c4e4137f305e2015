/**
 * `npm run lint` fails on a super-linear regex (eslint-plugin-regexp), on an `any`, on what only
 * the type-checked rules of typescript-eslint see, and on formatting (`prettier --check`). Each case
 * checks a changed text of a real source file through ESLint's or Prettier's API, so the project's
 * config and types apply.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers.js';

const eslint = new ESLint({ cwd: REPO_ROOT });

/** The rule ids ESLint reports for `text` as the content of `file` (repository-relative). */
async function ruleIds(text: string, file = 'src/text/linear.ts'): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(REPO_ROOT, file) });
  return result!.messages.map((message) => message.ruleId);
}

describe('npm run lint (ESLint)', () => {
  it('passes on a source file as it is', async () => {
    expect(await ruleIds(readFileSync(path.join(REPO_ROOT, 'src/text/linear.ts'), 'utf8'))).toEqual([]);
  });

  it('fails on a regex with super-linear backtracking, and on one that is quadratic when searched', async () => {
    expect(await ruleIds('export const nested = (text: string): boolean => /^(a+)+$/.test(text);\n')).toEqual([
      'regexp/no-super-linear-backtracking',
    ]);
    expect(await ruleIds("export const trailing = (text: string): string => text.replace(/[ \\t]+$/, '');\n")).toEqual([
      'regexp/no-super-linear-move',
    ]);
  });

  it('fails on an explicit any, and on type-aware errors: an unsafe member access, a floating promise', async () => {
    expect(await ruleIds('export const parsed = (text: string): any => JSON.parse(text);\n')).toContain(
      '@typescript-eslint/no-explicit-any',
    );
    expect(await ruleIds('export const field = (text: string): unknown => JSON.parse(text).field;\n')).toContain(
      '@typescript-eslint/no-unsafe-member-access',
    );
    expect(await ruleIds('export function later(): void {\n  Promise.resolve(1);\n}\n')).toEqual([
      '@typescript-eslint/no-floating-promises',
    ]);
  });
});

describe('npm run lint (Prettier)', () => {
  it('a source file is formatted; the same code on one long line, or with double quotes, is not', async () => {
    const file = path.join(REPO_ROOT, 'src/text/linear.ts');
    const options = { ...(await prettier.resolveConfig(file)), filepath: file };
    const formatted = "export const joined = (parts: string[]): string => parts.join('/');\n";
    expect(await prettier.check(formatted, options)).toBe(true);
    expect(await prettier.check(formatted.replace(/'/g, '"'), options)).toBe(false);
    const long = `export const names = [${Array.from({ length: 30 }, (_, i) => `'name${i}'`).join(', ')}];\n`;
    expect(await prettier.check(long, options)).toBe(false);
  });
});
