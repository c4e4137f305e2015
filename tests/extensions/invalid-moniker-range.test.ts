/** invalid-moniker-range on fixtures/extension-blocks. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('invalid-moniker-range', () => {
  it('reports no closing quote, text after the range or after moniker-end, no moniker-end; four-colon ranges pair with four-colon ends', async () => {
    const rows = await lintFixture('extension-blocks', { onlyRules: ['invalid-moniker-range'], withSeverity: true });
    expect(rows.map((r) => [r.file, r.line, r.column, r.message, r.severity])).toEqual([
      ['articles/monikers.md', 24, 1, 'Moniker range has no closing quote (")', 1],
      ['articles/monikers.md', 26, 1, "Text after 'moniker-end'", 1],
      ['articles/monikers.md', 26, 1, 'Text after the moniker range', 1],
      ['articles/monikers.md', 32, 1, "Moniker range has no '::: moniker-end'", 1],
    ]);
  });
});
