/** redirect-target-not-found on fixtures/redirection-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('redirect-target-not-found', () => {
  it('reports a relative redirect_url to a page that does not exist; site paths without a configured prefix, other sites, and excluded sources are not judged', async () => {
    expect(await lintFixture('redirection-files', { onlyRules: ['redirect-target-not-found'] })).toEqual([
      { file: '.openpublishing.redirection.json', line: 9, column: 58, ruleId: 'redirect-target-not-found', message: "Redirect target 'missing-target' does not exist" },
    ]);
  });
});
