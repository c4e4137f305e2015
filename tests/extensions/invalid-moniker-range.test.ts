/** invalid-moniker-range on fixtures/extension-blocks. */
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { FIXTURES, TEST_NOW } from '../helpers.js';

describe('invalid-moniker-range', () => {
  it('reports no closing quote, text after the range or after moniker-end, no moniker-end; four-colon ranges pair with four-colon ends', async () => {
    const result = await lint({ noConfig: true, now: TEST_NOW, cwd: `${FIXTURES}/extension-blocks` });
    const rows = result.results.flatMap((file) =>
      file.findings
        .filter((f) => f.ruleId === 'invalid-moniker-range')
        .map((f) => [
          file.filePath.slice(`${FIXTURES}/extension-blocks/`.length),
          f.line,
          f.column,
          f.message,
          f.severity,
        ]),
    );
    expect(rows).toEqual([
      ['articles/monikers.md', 24, 1, 'Moniker range has no closing quote (")', 1],
      ['articles/monikers.md', 26, 1, "Text after 'moniker-end'", 1],
      ['articles/monikers.md', 26, 1, 'Text after the moniker range', 1],
      ['articles/monikers.md', 32, 1, "Moniker range has no '::: moniker-end'", 1],
    ]);
  });
});
