import { isScalar, parseDocument, visit, type Scalar } from 'yaml';
import { describe, expect, test } from 'vitest';
import { toFileOffset, toFileRange, type ScalarMap } from '../../src/faq-yaml/scalar-map.js';
import { scalarMapOf } from '../../src/faq-yaml/yaml-scalar.js';

/** Every string scalar of a YAML text with its position map. */
function maps(text: string): ScalarMap[] {
  const doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false });
  const out: ScalarMap[] = [];
  visit(doc, {
    Scalar(_key, node: Scalar) {
      const map = scalarMapOf(text, node);
      if (map) out.push(map);
    },
  });
  return out;
}

/** The one value scalar under `key: ` in a small document. */
function valueMap(text: string): ScalarMap {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const node = (doc.contents as unknown as { items: { value: unknown }[] }).items[0]!.value;
  if (!isScalar(node)) throw new Error('not a scalar');
  return scalarMapOf(text, node)!;
}

/** Line:column (1-based) of a file offset. */
function at(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${before[before.length - 1]!.length + 1}`;
}

describe('scalar-map: decoded offset -> file offset', () => {
  test('literal block scalar: each character maps to its own place; indentation skipped', () => {
    const text = 'answer: |\n  First line\n    indented [link](a.md)\n\n  last\n';
    const map = valueMap(text);
    expect(map.value).toBe('First line\n  indented [link](a.md)\n\nlast\n');
    expect(map.exact).toBe(true);
    const i = map.value.indexOf('a.md');
    expect(at(text, toFileOffset(map, i))).toBe('3:21');
    expect(text.slice(...toFileRange(map, i, i + 4))).toBe('a.md');
  });

  test('folded block scalar: a reference on the third line keeps its line and column', () => {
    const text = 'answer: >\n  one\n  two\n  see [x](third.md) here\n\n  para\n';
    const map = valueMap(text);
    expect(map.value).toBe('one two see [x](third.md) here\npara\n');
    const i = map.value.indexOf('third.md');
    expect(at(text, toFileOffset(map, i))).toBe('4:11');
    // the folded space stands for the line break
    expect(at(text, toFileOffset(map, 3))).toBe('2:6');
  });

  test('folded block with more-indented lines and chomping indicators', () => {
    const text = 'a: >-\n  text\n    code\n  more\n\n\nb: |+\n  keep\n\n';
    const [, a, , b] = maps(text);
    expect(a!.value).toBe('text\n  code\nmore');
    expect(a!.exact).toBe(true);
    expect(b!.value).toBe('keep\n\n');
    expect(b!.exact).toBe(true);
  });

  test('explicit indentation indicator inside a sequence', () => {
    const text = 'list:\n  - answer: |2\n        deep\n      less\n';
    const all = maps(text);
    const answer = all.find((m) => m.value.includes('deep'))!;
    expect(answer.value).toBe('  deep\nless\n');
    expect(answer.exact).toBe(true);
    expect(at(text, toFileOffset(answer, answer.value.indexOf('less')))).toBe('4:7');
  });

  test('plain multi-line scalar', () => {
    const text = 'q: How do I\n   use [it](b.md)\n\n   today\n';
    const map = valueMap(text);
    expect(map.value).toBe('How do I use [it](b.md)\ntoday');
    expect(at(text, toFileOffset(map, map.value.indexOf('b.md')))).toBe('2:13');
    expect(at(text, toFileOffset(map, map.value.indexOf('today')))).toBe('4:4');
  });

  test("single-quoted scalar: '' is one quote; later characters keep their columns", () => {
    const text = "q: 'It''s [here](c.md)\n  and there'\n";
    const map = valueMap(text);
    expect(map.value).toBe("It's [here](c.md) and there");
    expect(at(text, toFileOffset(map, map.value.indexOf('c.md')))).toBe('1:18');
    expect(at(text, toFileOffset(map, map.value.indexOf('there')))).toBe('2:7');
  });

  test('double-quoted scalar: escapes map to their backslash, folding, escaped line break', () => {
    const text = 'q: "Tab\\there \\"q\\" [d](d.md) \\u00e9\\\n   next\n\n   para"\n';
    const map = valueMap(text);
    expect(map.value).toBe('Tab\there "q" [d](d.md) énext\npara');
    expect(map.exact).toBe(true);
    expect(at(text, toFileOffset(map, 3))).toBe('1:8'); // the \t escape
    expect(at(text, toFileOffset(map, map.value.indexOf('d.md')))).toBe('1:25');
    expect(at(text, toFileOffset(map, map.value.indexOf('é')))).toBe('1:31');
    expect(at(text, toFileOffset(map, map.value.indexOf('next')))).toBe('2:4');
    expect(at(text, toFileOffset(map, map.value.indexOf('para')))).toBe('4:4');
  });

  test('CRLF line endings', () => {
    const text = 'answer: |\r\n  one\r\n  two [e](e.md)\r\n';
    const map = valueMap(text);
    expect(map.value).toBe('one\ntwo [e](e.md)\n');
    expect(map.exact).toBe(true);
    expect(at(text, toFileOffset(map, map.value.indexOf('e.md')))).toBe('3:11');
    expect(text.slice(...toFileRange(map, map.value.indexOf('e.md'), map.value.indexOf('e.md') + 4))).toBe('e.md');
  });

  test('empty values map to where the content would start', () => {
    const text = 'a: |\n\nb: ""\n';
    const [, a, , b] = maps(text);
    expect(a!.value).toBe('');
    expect(b!.value).toBe('');
    expect(toFileRange(b!, 0, 0)).toEqual([text.indexOf('""') + 1, text.indexOf('""') + 1]);
  });

  test('every copied character of many scalars is the character in the file', () => {
    const text = [
      'k1: plain value',
      'k2: "dq \\\\ \\/ \\x41"',
      "k3: 'sq'' x'",
      'k4: |-',
      '    a',
      '     b',
      '',
      '    c',
      'k5: >+',
      '  f1',
      '  f2',
      '',
      '   more',
      '  f3',
      '',
      'k6:',
      '  - x',
      '  - "y',
      '    z"',
      '',
    ].join('\n');
    for (const map of maps(text)) {
      expect(map.exact, map.value).toBe(true);
      for (let i = 0; i < map.value.length; i++) {
        if (map.ends[i]! - map.starts[i]! === 1 && text[map.starts[i]!] !== '\n')
          expect(text[map.starts[i]!]).toBe(map.value[i]);
      }
    }
  });
});

describe('scalar-map: fallback', () => {
  test('when the mirror disagrees with the parser, every offset maps to the scalar start', async () => {
    const { mapScalar } = await import('../../src/faq-yaml/scalar-map.js');
    const map = mapScalar('k: abc\n', { style: 'PLAIN', start: 3, end: 6 }, 'xyz!');
    expect(map.exact).toBe(false);
    expect(toFileRange(map, 1, 3)).toEqual([3, 3]);
  });
});
