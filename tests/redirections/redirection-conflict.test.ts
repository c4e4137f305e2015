/** redirection-conflict on fixtures/redirection-files. */
import { describe, expect, it } from 'vitest';
import { lintFixture } from '../helpers.js';

describe('redirection-conflict', () => {
  it('reports a source redirected again, in the same file (source_path_from_root) and in another file, at the later entry', async () => {
    expect(await lintFixture('redirection-files', { onlyRules: ['redirection-conflict'] })).toEqual([
      {
        file: '.openpublishing.redirection.json',
        line: 5,
        column: 73,
        ruleId: 'redirection-conflict',
        message: 'Source redirected more than once',
      },
      {
        file: 'articles/sub/.openpublishing.redirection.sub.json',
        line: 4,
        column: 52,
        ruleId: 'redirection-conflict',
        message: 'Source redirected more than once',
      },
    ]);
  });
});

describe('redirection files', () => {
  it('are discovered in a folder although their names start with a dot, and get no article rule', async () => {
    const rows = await lintFixture('redirection-files');
    const files = new Set(rows.map((r) => r.file));
    expect(files.has('.openpublishing.redirection.json')).toBe(true);
    expect(files.has('articles/sub/.openpublishing.redirection.sub.json')).toBe(true);
    expect(
      rows.filter(
        (r) =>
          r.file.endsWith('.json') &&
          ![
            'json-syntax-error',
            'source-path-conflict',
            'redirection-conflict',
            'redirection-invalid',
            'redirected-file-not-removed',
            'circular-redirection',
            'redirect-target-not-found',
            'redirection-url-conflict',
          ].includes(r.ruleId),
      ),
    ).toEqual([]);
  });
});
