/** invalid-code on fixtures/extension-blocks. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('invalid-code', () => {
  it('reports unknown attributes, no source, no inferable language (errors), a missing snippet file (warning); a refused snippet is not looked for', async () => {
    const rows = await lintFixture('extension-blocks', { onlyRules: ['invalid-code'], withSeverity: true });
    expect(rows.map((r) => [r.file, r.line, r.column, r.message, r.severity])).toEqual([
      ['articles/code.md', 18, 9, "Snippet not rendered: no language for '.yml'", 2],
      ['articles/code.md', 20, 32, "Snippet not rendered: unknown attribute 'lang'", 2],
      ['articles/code.md', 22, 1, "Snippet not rendered: 'source' is required", 2],
      ['articles/code.md', 24, 17, "Snippet 'snippets/missing.cs' not found", 1],
      ['articles/code.md', 26, 38, "Snippet not rendered: unknown attribute 'bad'", 2],
    ]);
  });

  it('leaves a missing snippet to invalid-code: no file-not-found for it', async () => {
    expect(await lintFixture('extension-blocks', { onlyRules: ['file-not-found'] })).toEqual([]);
  });
});
