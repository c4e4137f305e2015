/** invalid-image on fixtures/content-rules: every way the build refuses a :::image, and the uses it accepts. */
import { describe, expect, it } from 'vitest';
import { readTripleColonOpening } from '../../src/parse/triple-colon-attributes.js';
import { lintFixture } from '../helpers.js';

describe('invalid-image', () => {
  it('reports missing source and alt-text, unknown, badly quoted and repeated attributes (errors), and a complex image without description (a warning)', async () => {
    const rows = await lintFixture('content-rules', { onlyRules: ['invalid-image'], withSeverity: true });
    expect(rows.map((r) => [r.file, r.line, r.column, r.message, r.severity])).toEqual([
      ['articles/wrong.md', 24, 1, "Image not rendered: 'alt-text' is required", 2],
      ['articles/wrong.md', 26, 1, "Image not rendered: 'source' is required", 2],
      ['articles/wrong.md', 28, 1, "Image not rendered: 'alt-text' is required", 2],
      ['articles/wrong.md', 28, 1, "Image not rendered: 'source' is required", 2],
      ['articles/wrong.md', 30, 52, "Image not rendered: unknown attribute 'size'", 2],
      ['articles/wrong.md', 32, 10, "Image not rendered: 'source' not in double quotes", 2],
      ['articles/wrong.md', 34, 48, "Image not rendered: 'alt-text' given twice", 2],
      ['articles/wrong.md', 36, 8, "Image not rendered: 'alt-text' is required", 2],
      ['articles/wrong.md', 38, 1, 'Complex image without a description', 1],
    ]);
  });

  it("does not check the source of an image the build refuses (no file-not-found for 'media/missing.png')", async () => {
    expect(await lintFixture('content-rules', { onlyRules: ['file-not-found'] })).toEqual([]);
  });

  it('reads attributes as the build does: lower-cased names, double-quoted values, flags', () => {
    const text = ':::image Source="a.png" border alt-text="A":::';
    expect(readTripleColonOpening(text, 0, true)).toMatchObject({
      name: 'image',
      attributes: [
        { name: 'source', value: 'a.png' },
        { name: 'border', value: '' },
        { name: 'alt-text', value: 'A' },
      ],
      end: text.length - 3,
    });
    expect(readTripleColonOpening(':::image source="a.png', 0, true)?.error?.message).toBe(
      'Invalid attribute "source". Values must be terminated with a double quote.',
    );
    expect(readTripleColonOpening('::: 9x', 0, true)).toBeUndefined();
  });
});
