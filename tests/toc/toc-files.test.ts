/**
 * TOC files as linted files (fixtures/toc-files): their hrefs checked by file-not-found and
 * bookmark-not-found, what the build tolerates left silent, and no article rule run on a TOC.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules, rulesById } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { isCacheEntry } from '../../src/engine/cache-entry.js';
import { processFile } from '../../src/engine/process-file.js';
import { tocHrefType } from '../../src/toc/href-type.js';
import { FIXTURES, lintFixture } from '../helpers.js';

describe('TOC files', () => {
  it("checks entries' pages and bookmarks (nested items, TOC.md and toc.json too), not a redirected page's bookmark, a missing TOC file, absolute paths or a TOC that does not parse", async () => {
    expect(await lintFixture('toc-files', { onlyRules: ['file-not-found', 'bookmark-not-found'] })).toEqual([
      {
        file: 'articles/json/toc.json',
        line: 3,
        column: 32,
        ruleId: 'file-not-found',
        message: "Cannot find file '../missing-from-json.md'",
      },
      {
        file: 'articles/md/TOC.md',
        line: 13,
        column: 4,
        ruleId: 'file-not-found',
        message: "Cannot find file '../missing-from-md.md'",
      },
      {
        file: 'articles/toc.yml',
        line: 7,
        column: 9,
        ruleId: 'file-not-found',
        message: "Cannot find file 'missing.md'",
      },
      {
        file: 'articles/toc.yml',
        line: 9,
        column: 9,
        ruleId: 'bookmark-not-found',
        message: "Cannot find bookmark '#no-such-heading'",
      },
      {
        file: 'articles/toc.yml',
        line: 37,
        column: 11,
        ruleId: 'file-not-found',
        message: "Cannot find file '../nested-missing.md'",
      },
    ]);
  });

  it('runs no article rule on a TOC (TOC.md has no title, no H1, and links to a redirected page are fine in a TOC)', async () => {
    const rows = await lintFixture('toc-files');
    const tocRows = rows.filter((r) => /(^|\/)toc\.(md|yml|json)$/i.test(r.file));
    const articleRules = new Set([
      'title-missing',
      'description-missing',
      'h1-missing',
      'front-matter-missing',
      'link-to-redirected',
      'ms-date-missing',
      'author-missing',
    ]);
    expect(tocRows.filter((r) => articleRules.has(r.ruleId))).toEqual([]);
    // The two articles are clean: a TOC changes nothing for them.
    expect(rows.filter((r) => r.file === 'articles/index.md' || r.file === 'articles/overview.md')).toEqual([]);
  });

  it('classifies hrefs as the build does', () => {
    expect(
      [
        'a.md',
        'x/',
        'x\\',
        'TOC.yml',
        'sub/toc.md?x=1',
        'toc.json#a',
        '/azure/',
        'https://x/toc.yml',
        'xref:A.B',
        'tocs.yml',
      ].map(tocHrefType),
    ).toEqual([
      'file',
      'folder',
      'folder',
      'toc-file',
      'toc-file',
      'toc-file',
      'absolute',
      'absolute',
      'absolute',
      'file',
    ]);
  });
});

describe('TOC files in the cache', () => {
  it("a TOC's summary and findings are a valid cache entry (so a warm run reuses them)", () => {
    const file = 'articles/toc.yml';
    const text = readFileSync(path.join(FIXTURES, 'toc-files', file), 'utf8');
    const output = processFile({
      path: file,
      text,
      config: resolveConfig(file, undefined, allRules),
      settings: { now: '2026-11-26', sitePrefixes: {} },
    });
    expect(output.summary?.kind).toBe('toc');
    expect(output.findings.map((f) => f.ruleId)).toContain('yaml-duplicate-key');
    expect(
      isCacheEntry(
        { hash: 'h', path: file, summary: output.summary, findings: { key: 'k', findings: output.findings } },
        new Set(rulesById.keys()),
      ),
    ).toBe(true);
  });
});
