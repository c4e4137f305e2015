/** pivot-id-not-found on fixtures/zone-pivots. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('pivot-id-not-found', () => {
  it("reports each pivot id not in the page's groups (another group's counts as not found), with spaces around commas accepted and a page's own definition file (zone_pivot_group_filename) used", async () => {
    expect(await lintFixture('zone-pivots', { onlyRules: ['pivot-id-not-found'] })).toEqual([
      {
        file: 'articles/other-file.md',
        line: 18,
        column: 17,
        ruleId: 'pivot-id-not-found',
        message: "Pivot 'windows' is not in the page's pivot groups",
      },
      {
        file: 'articles/pivots.md',
        line: 21,
        column: 17,
        ruleId: 'pivot-id-not-found',
        message: "Pivot 'macos' is not in the page's pivot groups",
      },
      {
        file: 'articles/pivots.md',
        line: 25,
        column: 17,
        ruleId: 'pivot-id-not-found',
        message: "Pivot 'cli' is not in the page's pivot groups",
      },
    ]);
  });
});
