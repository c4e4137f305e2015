/** pivot-group-not-found on fixtures/zone-pivots. */
import { describe, expect, it } from 'vitest';
import { definitionCandidates } from '../../src/docset/zone-pivot-groups.js';
import { lintFixture } from '../helpers.js';

describe('pivot-group-not-found', () => {
  it('reports a group the definition file does not define, at the metadata key, only on pages with pivot zones', async () => {
    expect(await lintFixture('zone-pivots', { onlyRules: ['pivot-group-not-found'] })).toEqual([
      {
        file: 'articles/bad-group.md',
        line: 8,
        column: 1,
        ruleId: 'pivot-group-not-found',
        message: "Pivot group 'nosuch' is not defined",
      },
    ]);
  });

  it('finds the definition file through docfx.json content groups, as azure-docs and azure-management-docs place it', () => {
    expect(definitionCandidates([{ src: 'articles', dest: '' }], undefined)).toEqual([
      'articles/zone-pivot-groups.yml',
      'articles/zone-pivot-groups.json',
    ]);
    expect(
      definitionCandidates(
        [
          { src: 'articles', dest: '' },
          { src: 'zone-pivots', dest: 'zone-pivots/azure-management' },
        ],
        'zone-pivots/azure-management/zone-pivot-groups.json',
      ),
    ).toEqual([
      'articles/zone-pivots/azure-management/zone-pivot-groups.yml',
      'articles/zone-pivots/azure-management/zone-pivot-groups.json',
      'zone-pivots/zone-pivot-groups.yml',
      'zone-pivots/zone-pivot-groups.json',
    ]);
  });
});
