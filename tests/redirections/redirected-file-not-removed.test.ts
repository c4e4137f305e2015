/** redirected-file-not-removed on fixtures/redirection-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('redirected-file-not-removed', () => {
  it("reports a redirected page that still exists, not a refused entry's file", async () => {
    expect(await lintFixture('redirection-files', { onlyRules: ['redirected-file-not-removed'] })).toEqual([
      {
        file: '.openpublishing.redirection.json',
        line: 6,
        column: 22,
        ruleId: 'redirected-file-not-removed',
        message: 'Redirected file still exists',
      },
    ]);
  });
});
