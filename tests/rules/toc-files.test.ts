/**
 * TOC files as linted files (fixtures/toc-files): their hrefs checked by file-not-found and
 * bookmark-not-found, what the build tolerates left silent, and no article rule run on a TOC.
 */
import { describe, expect, it } from 'vitest';
import { tocHrefType } from '../../src/toc/href-type.js';
import { lintFixture } from '../helpers.js';

describe('TOC files', () => {
  it("checks entries' pages and bookmarks (nested items, TOC.md and toc.json too), not a redirected page's bookmark, a missing TOC file, absolute paths or a TOC that does not parse", async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['file-not-found', 'bookmark-not-found'] })).toEqual([
      { file: 'articles/json/toc.json', line: 3, column: 32, ruleId: 'file-not-found', message: "Cannot find file '../missing-from-json.md'" },
      { file: 'articles/md/TOC.md', line: 13, column: 4, ruleId: 'file-not-found', message: "Cannot find file '../missing-from-md.md'" },
      { file: 'articles/toc.yml', line: 7, column: 9, ruleId: 'file-not-found', message: "Cannot find file 'missing.md'" },
      { file: 'articles/toc.yml', line: 9, column: 9, ruleId: 'bookmark-not-found', message: "Cannot find bookmark '#no-such-heading'" },
      { file: 'articles/toc.yml', line: 37, column: 11, ruleId: 'file-not-found', message: "Cannot find file '../nested-missing.md'" },
    ]);
  });

  it('runs no article rule on a TOC (TOC.md has no title, no H1, and links to a redirected page are fine in a TOC)', async () => {
    const rows = await lintFixture('toc-files');
    const tocRows = rows.filter((r) => /(^|\/)toc\.(md|yml|json)$/i.test(r.file));
    const articleRules = new Set(['title-missing', 'description-missing', 'h1-missing', 'front-matter-missing', 'link-to-redirected', 'ms-date-missing', 'author-missing']);
    expect(tocRows.filter((r) => articleRules.has(r.ruleId))).toEqual([]);
    // The two articles are clean: a TOC changes nothing for them.
    expect(rows.filter((r) => r.file === 'articles/index.md' || r.file === 'articles/overview.md')).toEqual([]);
  });

  it('classifies hrefs as the build does', () => {
    expect(['a.md', 'x/', 'x\\', 'TOC.yml', 'sub/toc.md?x=1', 'toc.json#a', '/azure/', 'https://x/toc.yml', 'xref:A.B', 'tocs.yml'].map(tocHrefType)).toEqual([
      'file', 'folder', 'folder', 'toc-file', 'toc-file', 'toc-file', 'absolute', 'absolute', 'absolute', 'file',
    ]);
  });
});
