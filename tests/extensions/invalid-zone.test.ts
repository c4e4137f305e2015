/** invalid-zone on fixtures/extension-blocks. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('invalid-zone', () => {
  it('reports nested zones, bad pivots, quotes, attributes and targets, a pivot on pdf (errors); text after zone-end and no zone-end (warnings at the opening line); zones in code are not read', async () => {
    const rows = await lintFixture('extension-blocks', { onlyRules: ['invalid-zone'], withSeverity: true });
    expect(rows.map((r) => [r.file, r.line, r.column, r.message, r.severity])).toEqual([
      ['articles/zones.md', 25, 1, 'Zones cannot be nested', 2],
      ['articles/zones.md', 28, 10, "Invalid pivot 'Windows'", 2],
      ['articles/zones.md', 30, 10, "Zone not read: 'pivot' not in double quotes", 2],
      ['articles/zones.md', 32, 10, "Unknown zone attribute 'size'", 2],
      ['articles/zones.md', 34, 1, 'A zone needs a target or a pivot', 2],
      ['articles/zones.md', 36, 10, "Unknown zone target 'print'", 2],
      ['articles/zones.md', 38, 1, 'A pivot is not permitted on a pdf zone', 2],
      ['articles/zones.md', 40, 1, "Text after 'zone-end'", 1],
      ['articles/zones.md', 50, 1, "Zone has no '::: zone-end'", 1],
    ]);
  });
});
