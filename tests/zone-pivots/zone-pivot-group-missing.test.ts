/** zone-pivot-group-missing on fixtures/zone-pivots. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('zone-pivot-group-missing', () => {
  it('reports a page with pivot zones and no zone_pivot_groups, at its first pivot; pages with the metadata or without pivot zones are silent', async () => {
    expect(await lintFixture('zone-pivots', { onlyRules: ['zone-pivot-group-missing'] })).toEqual([
      {
        file: 'articles/no-group.md',
        line: 13,
        column: 17,
        ruleId: 'zone-pivot-group-missing',
        message: "Pivot zones without 'zone_pivot_groups' metadata",
      },
    ]);
  });
});
