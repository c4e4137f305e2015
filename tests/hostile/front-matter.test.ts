/** Hostile YAML front matter: alias bombs, huge strings, code tags, prototype keys. */
import { afterEach, describe, expect, it } from 'vitest';
import { PARSERS } from '../../src/summary/parse-file.js';
import { tempTree } from '../temp.js';
import { lintTree } from './hostile-helpers.js';

const metadataOf = (frontMatter: string) =>
  PARSERS.markdown.parse('a.md', `---\n${frontMatter}\n---\n# Title\n`).summary.metadata!;

/** Object.prototype as it was before the test: nothing may be added to it. */
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('front matter', () => {
  it('an alias bomb is refused per value with a problem at the value, not expanded', () => {
    const levels = 'bcdefghij'.split('');
    const lines = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...levels.map(
        (c, i) =>
          `${c}: &${c} [${Array(9)
            .fill(`*${i === 0 ? 'a' : levels[i - 1]}`)
            .join(', ')}]`,
      ),
    ];
    const metadata = metadataOf(lines.join('\n'));
    expect(metadata.entries.map((e) => e.key)).toEqual(['a', ...levels]);
    // 'a' to 'c' stay under the yaml package's alias cap (maxAliasCount 100); 'd' (9^4 x) does not.
    expect(metadata.entries.map((e) => (e.value === undefined ? 'refused' : 'read'))).toEqual([
      'read',
      'read',
      'read',
      ...Array<string>(7).fill('refused'),
    ]);
    expect(metadata.problems[0]).toEqual({
      message: "The value of 'd' is not read: Excessive alias count indicates a resource exhaustion attack",
      span: { start: { line: 5, column: 7, offset: 130 }, end: { line: 5, column: 43, offset: 166 } },
    });
    expect(metadata.problems).toHaveLength(7);
  });

  it('tags like !!js/function are never executed: the value stays a string', () => {
    const metadata = metadataOf(
      "title: !!js/function 'function () { globalThis.pwned = true }'\nrun: !!python/object/apply:os.system [ls]",
    );
    expect(metadata.entries.map((e) => [e.key, e.value])).toEqual([
      ['title', 'function () { globalThis.pwned = true }'],
      ['run', ['ls']],
    ]);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('__proto__ and constructor keys stay own data properties; Object.prototype untouched', () => {
    const metadata = metadataOf(
      '__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\nnested:\n  __proto__:\n    polluted: yes\nalias: &p {polluted: yes}\nmerge:\n  <<: *p\n  __proto__: *p',
    );
    expect(metadata.entries.map((e) => e.key)).toEqual(['__proto__', 'constructor', 'nested', 'alias', 'merge']);
    const nested = metadata.entries[2]!.value as object;
    expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
    expect(Object.hasOwn(nested, '__proto__')).toBe(true);
    expect(JSON.stringify(nested)).toBe('{"__proto__":{"polluted":"yes"}}');
  });

  it('a 1,000,000-character string value and 10,000 keys are read whole', () => {
    const metadata = metadataOf(
      `title: "${'x'.repeat(1_000_000)}"\n${Array.from({ length: 10_000 }, (_, i) => `k${i}: v`).join('\n')}`,
    );
    expect((metadata.entries[0]!.value as string).length).toBe(1_000_000);
    expect(metadata.entries).toHaveLength(10_001);
    expect(metadata.entries[10_000]!.keySpan.start.line).toBe(10_002);
  });

  it('deeply nested YAML flow collections do not crash the run', async () => {
    const root = tempTree({
      'docfx.json': '{}',
      'a.md': `---\ndeep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n# T\n`,
    });
    const { rows } = await lintTree(root);
    expect(rows.filter((r) => r.ruleId === 'internal-error')).toEqual([]);
  });
});
