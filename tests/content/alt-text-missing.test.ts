/** alt-text-missing on fixtures/content-rules: Markdown and HTML images with empty alt text; :::image is invalid-image's. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('alt-text-missing', () => {
  it('reports ![](x), ![ ](x) and <img alt="">, and nothing for code as alt text, icons or :::image', async () => {
    const message = "Image 'media/a.png' has no alt text";
    expect(await lintFixture('content-rules', { onlyRules: ['alt-text-missing'] })).toEqual([
      { file: 'articles/wrong.md', line: 14, column: 1, ruleId: 'alt-text-missing', message },
      { file: 'articles/wrong.md', line: 14, column: 22, ruleId: 'alt-text-missing', message },
      { file: 'articles/wrong.md', line: 14, column: 44, ruleId: 'alt-text-missing', message },
    ]);
  });
});
