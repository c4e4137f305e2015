/** link-text-missing on fixtures/content-rules: empty and blank link text; images, code, autolinks and xrefs stay silent. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('link-text-missing', () => {
  it('reports links with no visible text, at the link, and nothing in overview.md', async () => {
    expect(await lintFixture('content-rules', { onlyRules: ['link-text-missing'] })).toEqual([
      {
        file: 'articles/wrong.md',
        line: 12,
        column: 5,
        ruleId: 'link-text-missing',
        message: "Link 'overview.md' has no text",
      },
      {
        file: 'articles/wrong.md',
        line: 12,
        column: 25,
        ruleId: 'link-text-missing',
        message: "Link 'overview.md#intro' has no text",
      },
    ]);
  });
});
