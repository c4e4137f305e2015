/** redirection-url-conflict on fixtures/redirection-files. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { lint } from '../../src/engine/lint.js';
import { FIXTURES, lintFixture, TEST_NOW } from '../helpers.js';

describe('redirection-url-conflict', () => {
  it('reports document-id redirections to one page across files (a renames entry in a subfolder, another case) once, at the first', async () => {
    expect(await lintFixture('redirection-files', { onlyRules: ['redirection-url-conflict'] })).toEqual([
      {
        file: '.openpublishing.redirection.json',
        line: 4,
        column: 62,
        ruleId: 'redirection-url-conflict',
        message: "2 redirect_document_id entries lead to 'new-home'",
      },
    ]);
  });

  it('names every source of the group, and where it is declared, in the detail', async () => {
    const result = await lint({ cwd: path.join(FIXTURES, 'redirection-files'), noConfig: true, now: TEST_NOW });
    const finding = result.results.flatMap((r) => r.findings).find((f) => f.ruleId === 'redirection-url-conflict');
    expect(finding?.detail).toBe(
      "only one may keep it: 'articles/old-page.md' (line 4), 'articles/sub/moved.md' ('articles/sub/.openpublishing.redirection.sub.json' line 6)",
    );
  });
});
