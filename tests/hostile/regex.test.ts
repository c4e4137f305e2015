/**
 * No regular expression in src/ or rules/ may take super-linear time. A sweep runs every regex
 * literal in the source (found with the TypeScript parser, so new ones are covered too) against
 * adversarial inputs of 100,000 characters; the ones that were quadratic or exponential before
 * they were rewritten get their own tests. No timing assertions: a super-linear regex here
 * takes minutes to hours, so the test fails by vitest's timeout.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { globbySync } from 'globby';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { looksLikeFaqHeader } from '../../src/text/yaml-mime.js';
import { isOnlyCommentsAndSpace, trimLeading, trimLinesEnd, trimTrailing } from '../../src/text/linear.js';
import { REPO_ROOT } from '../helpers.js';
import { tempTree } from '../temp.js';
import { lintTree } from './hostile-helpers.js';

const N = 100_000;

/** Every regex literal in src/ and rules/, with where it stands. */
function regexLiterals(): { where: string; regex: RegExp }[] {
  const found: { where: string; regex: RegExp }[] = [];
  for (const file of globbySync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: REPO_ROOT })) {
    const source = ts.createSourceFile(file, readFileSync(path.join(REPO_ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        found.push({ where: `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${text}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Long runs of what regexes repeat, each ended by a character that makes most of them fail. */
const UNITS = [' ', '\t', '\n', '\r\n', '/', '\\', '#', '-', '.', ':', '*', '_', '[', ']', '(', '<', '>', '"', '%41', 'a', '1', '<!---->', '<!-- -->', ' -', '? ', '[a](', ':::a ', ' at line 1, column 1', 'a/'];
const INPUTS = UNITS.flatMap((unit) => {
  const run = unit.repeat(Math.ceil(N / unit.length));
  return [`${run}\u0001`, `x${run}\u0001`];
});

describe('regular expressions stay linear', () => {
  const literals = regexLiterals();

  it('finds the regexes it sweeps', () => {
    expect(literals.length).toBeGreaterThan(100);
  });

  it('every regex literal in src/ and rules/ finishes on 100,000-character adversarial inputs', { timeout: 300_000 }, () => {
    let runs = 0;
    for (const { regex } of literals) {
      for (const input of INPUTS) {
        if (regex.global || regex.sticky) {
          regex.lastIndex = 0;
          input.replace(regex, '');
        } else regex.exec(input);
        runs++;
      }
    }
    expect(runs).toBe(literals.length * INPUTS.length);
  });
});

describe('rewritten matchers (each was super-linear as a regex)', () => {
  it('HTML-comments-only test: was /^\\s*(<!--[^]*?-->\\s*)*$/, exponential', () => {
    expect(isOnlyCommentsAndSpace(`${'<!---->'.repeat(N / 7)}x`)).toBe(false);
    expect(isOnlyCommentsAndSpace(`${'<!-- -->\n'.repeat(N / 9)}`)).toBe(true);
    expect(isOnlyCommentsAndSpace(' <!-- a --> \n <!-- b -->')).toBe(true);
    expect(isOnlyCommentsAndSpace('<!-- a -->x')).toBe(false);
    expect(isOnlyCommentsAndSpace('<!-->')).toBe(false);
    expect(isOnlyCommentsAndSpace('')).toBe(true);
  });

  it('trailing/leading trims: were /[ \\t]+$/, /\\/+$/, /\\/*$/ and /[ \\t]+$/gm, quadratic', () => {
    expect(trimTrailing(`${' '.repeat(N)}x`, ' \t')).toBe(`${' '.repeat(N)}x`);
    expect(trimTrailing(`a${'/'.repeat(N)}`, '/')).toBe('a');
    expect(trimLeading(`${'/'.repeat(N)}a`, '/')).toBe('a');
    expect(trimLinesEnd(`a \t\nb${' '.repeat(N)}x\nc  `)).toBe(`a\nb${' '.repeat(N)}x\nc`);
  });

  it('FAQ header test: was /^\\s*#*\\s*YamlMime.../, quadratic on a line of spaces', () => {
    expect(looksLikeFaqHeader(`${' '.repeat(N)}x`)).toBe(false);
    expect(looksLikeFaqHeader(`#${' \t'.repeat(N / 2)}x`)).toBe(false);
    for (const header of ['### YamlMime:FAQ', '#YamlMime:faq', 'YamlMime: FAQ', '  ## YamlMime : FAQ  ']) expect(looksLikeFaqHeader(`${header}\ntitle: x`)).toBe(true);
    expect(looksLikeFaqHeader('### YamlMime:Landing')).toBe(false);
  });

  it('a whole run over hostile text reaching those code paths finishes (links with slash runs, comment-only HTML, a spaced FAQ header)', { timeout: 300_000 }, async () => {
    const root = tempTree({
      'docfx.json': JSON.stringify({ build: { content: [{ files: ['**/*.md'], src: `./docs${'/'.repeat(N)}` }] } }),
      'a.md': `# Q?\n\n[x](a${'/'.repeat(N)}b.md) [y](${'/'.repeat(N)}) [z](~/${'/'.repeat(N)})\n\n${'<!---->'.repeat(1000)}x\n`,
      'faq.yml': `${' '.repeat(N)}x\n`,
    });
    const { rows } = await lintTree(root, ['.'], {});
    expect(rows.filter((r) => r.ruleId === 'internal-error')).toEqual([]);
  });
});
