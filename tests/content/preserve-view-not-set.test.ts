/** preserve-view-not-set on fixtures/content-rules: Learn URLs and site paths with ?view= in Markdown, reference and HTML links. */
import { describe, expect, it } from 'vitest';
import { learnQuery } from '../../rules/content/preserve-view-not-set.js';
import { lintFixture } from '../helpers.js';

describe('preserve-view-not-set', () => {
  it('reports each Learn link with a view and no preserve-view=true, and nothing for other sites or docset pages', async () => {
    expect(await lintFixture('content-rules', { onlyRules: ['preserve-view-not-set'] })).toEqual([
      {
        file: 'articles/wrong.md',
        line: 16,
        column: 6,
        ruleId: 'preserve-view-not-set',
        message: "Link sets '?view=' without 'preserve-view=true'",
      },
      {
        file: 'articles/wrong.md',
        line: 18,
        column: 15,
        ruleId: 'preserve-view-not-set',
        message: "Link sets '?view=' without 'preserve-view=true'",
      },
      {
        file: 'articles/wrong.md',
        line: 22,
        column: 6,
        ruleId: 'preserve-view-not-set',
        message: "Link sets '?view=' without 'preserve-view=true'",
      },
    ]);
  });

  it('reads the query of Learn URLs and site paths only', () => {
    expect(learnQuery('https://docs.microsoft.com/sql/x?view=a')?.get('view')).toBe('a');
    expect(learnQuery('/sql/x?view=b#top')?.get('view')).toBe('b');
    expect(learnQuery('https://example.com/x?view=a')).toBeUndefined();
    expect(learnQuery('//learn.microsoft.com/x?view=a')).toBeUndefined();
    expect(learnQuery('page.md?view=a')).toBeUndefined();
  });
});
