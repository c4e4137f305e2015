/**
 * The links rules on the project's own fixture docsets: every destination form, every anchor
 * source, includes, site prefixes and the URL rules, each finding pinned (file, line, column,
 * rule, message), and a clean docset with no finding at all.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { FIXTURES, lintFixture, TEST_NOW, type Row } from '../helpers.js';

const LINK_RULES = [
  'file-not-found',
  'bookmark-not-found',
  'include-not-found',
  'include-invalid',
  'hard-coded-locale',
  'docs-link-absolute',
  'link-insecure',
  'link-syntax',
];

type Expected = [file: string, line: number, column: number, ruleId: string, message: string];
const asRows = (expected: Expected[]): Row[] =>
  expected.map(([file, line, column, ruleId, message]) => ({ file, line, column, ruleId, message }));

describe('file-not-found and link-syntax (fixtures/links-files)', () => {
  it('reports every missing file, folder and bad destination, in each destination form, and nothing in code or comments', async () => {
    const expected: Expected[] = [
      // :::image in a table cell, mid-paragraph, on a list item's continuation line, in a blockquote; lightbox= and link= too.
      ['articles/migrate/images.md', 5, 45, 'file-not-found', "Cannot find file 'media/missing-in-table.png'"],
      ['articles/migrate/images.md', 8, 52, 'file-not-found', "Cannot find file 'media/missing-mid-paragraph.png'"],
      ['articles/migrate/images.md', 11, 36, 'file-not-found', "Cannot find file 'media/missing-in-list.png'"],
      ['articles/migrate/images.md', 14, 35, 'file-not-found', "Cannot find file 'media/missing-in-quote.png'"],
      ['articles/migrate/images.md', 16, 81, 'file-not-found', "Cannot find file 'media/missing-lightbox.png'"],
      ['articles/migrate/images.md', 16, 115, 'bookmark-not-found', "Cannot find bookmark '#no-such-section'"],
      ['articles/migrate/images.md', 18, 77, 'file-not-found', "Cannot find file 'missing-page.md'"],
      ['articles/migrate/links.md', 3, 35, 'file-not-found', "Cannot find file 'missing.md'"],
      ['articles/migrate/links.md', 5, 16, 'file-not-found', "Cannot find file 'support-matrix.md'"],
      ['articles/migrate/links.md', 5, 48, 'file-not-found', "Cannot find file '../Site-Recovery/overview.md'"],
      ['articles/migrate/links.md', 7, 15, 'file-not-found', "Cannot find file 'overview'"],
      ['articles/migrate/links.md', 9, 40, 'file-not-found', "Cannot find file 'gone.md'"],
      ['articles/migrate/links.md', 9, 62, 'file-not-found', "Cannot find file 'gone.md'"],
      ['articles/migrate/links.md', 13, 81, 'file-not-found', "Cannot find file 'no such file.md'"],
      ['articles/migrate/links.md', 15, 46, 'file-not-found', "Cannot find file 'my%20files.md'"],
      ['articles/migrate/links.md', 17, 52, 'file-not-found', "Cannot find file 'overvew.md?tabs=cli#x'"],
      ['articles/migrate/links.md', 19, 53, 'file-not-found', "Cannot find file '~/articles/migrate/nope.md'"],
      ['articles/migrate/links.md', 21, 54, 'file-not-found', "Cannot find file '../site-recovery/missing.md'"],
      ['articles/migrate/links.md', 23, 39, 'file-not-found', "Cannot find file 'media/chart.png'"],
      ['articles/migrate/links.md', 23, 67, 'file-not-found', "Cannot find file 'media/chart-ref.png'"],
      ['articles/migrate/links.md', 27, 16, 'file-not-found', "Cannot find file 'missing-html.md'"],
      ['articles/migrate/links.md', 27, 49, 'file-not-found', "Cannot find file 'media/missing-html.png'"],
      ['articles/migrate/links.md', 29, 33, 'file-not-found', "Cannot find file 'media/missing-triple.png'"],
      ['articles/migrate/links.md', 31, 35, 'file-not-found', "Cannot find file 'snippets/missing.cs'"],
      ['articles/migrate/links.md', 35, 11, 'file-not-found', "Cannot find file 'local-video.mp4'"],
      ['articles/migrate/links.md', 37, 10, 'file-not-found', "Link 'media' points to a folder, not to a file"],
      ['articles/migrate/links.md', 37, 29, 'file-not-found', "Link 'media/' points to a folder, not to a file"],
      ['articles/migrate/links.md', 37, 60, 'file-not-found', "Link 'overview.md/' ends with '/' but names a file"],
      ['articles/migrate/links.md', 37, 95, 'file-not-found', "Link 'folder.md' points to a folder, not to a file"],
      ['articles/migrate/links.md', 39, 20, 'file-not-found', "Link '../../../outside.md' leaves the docset"],
      ['articles/migrate/syntax.md', 3, 1, 'link-syntax', "Link '..\\site-recovery\\overview.md' uses backslashes"],
      ['articles/migrate/syntax.md', 5, 1, 'link-syntax', "Link 'C:\\docs\\overview.md' points to a local file"],
      ['articles/migrate/syntax.md', 7, 1, 'link-syntax', "Link 'file:///c:/docs/overview.md' points to a local file"],
      ['articles/migrate/syntax.md', 9, 1, 'link-syntax', 'Link has an empty destination'],
      ['articles/migrate/syntax.md', 11, 10, 'link-syntax', 'Link has an empty destination'],
      ['articles/migrate/syntax.md', 13, 1, 'link-syntax', "Link '..\\..\\includes\\note.md' uses backslashes"],
      // Backslashes are read as slashes: the link is then checked like any other.
      ['articles/migrate/syntax.md', 15, 1, 'file-not-found', "Cannot find file '..\\site-recovery\\missing.md'"],
      ['articles/migrate/syntax.md', 15, 1, 'link-syntax', "Link '..\\site-recovery\\missing.md' uses backslashes"],
      ['articles/migrate/syntax.md', 17, 1, 'bookmark-not-found', "Cannot find bookmark '#no-such-heading'"],
      [
        'articles/migrate/syntax.md',
        17,
        1,
        'link-syntax',
        "Link '..\\site-recovery\\overview.md#no-such-heading' uses backslashes",
      ],
      // A case-mismatched file with a fragment: one finding, the file's.
      ['articles/migrate/syntax.md', 19, 1, 'file-not-found', "Cannot find file 'support-matrix.md#anything'"],
    ];
    expect(await lintFixture('links-files', { onlyRules: LINK_RULES })).toEqual(asRows(expected));
  });
});

describe('link-syntax severities and fix (fixtures/links-files)', () => {
  it('backslashes are a warning with a fix to slashes; local paths and empty destinations stay errors', async () => {
    const cwd = path.join(FIXTURES, 'links-files');
    const result = await lint({ cwd, patterns: ['articles/migrate/syntax.md'], noConfig: true, now: TEST_NOW });
    const text = readFileSync(path.join(cwd, 'articles/migrate/syntax.md'), 'utf8');
    const rows = result.results[0]!.findings.filter((f) => f.ruleId === 'link-syntax').map((f) => [
      f.line,
      f.severity,
      f.fix ? `${text.slice(f.fix.range[0], f.fix.range[1])} -> ${f.fix.text}` : undefined,
    ]);
    expect(rows).toEqual([
      [3, 1, '..\\site-recovery\\overview.md -> ../site-recovery/overview.md'],
      [5, 2, undefined],
      [7, 2, undefined],
      [9, 2, undefined],
      [11, 2, undefined],
      [13, 1, '..\\..\\includes\\note.md -> ../../includes/note.md'],
      [15, 1, '..\\site-recovery\\missing.md -> ../site-recovery/missing.md'],
      [17, 1, '..\\site-recovery\\overview.md#no-such-heading -> ../site-recovery/overview.md#no-such-heading'],
    ]);
  });
});

describe('bookmark-not-found (fixtures/links-bookmarks)', () => {
  it('accepts every anchor source and reports each missing bookmark with its closest id', async () => {
    const expected: Expected[] = [
      ['articles/links.md', 27, 1, 'file-not-found', "Cannot find file 'missing.md#not-checked-either'"],
      ['articles/links.md', 30, 1, 'bookmark-not-found', "Cannot find bookmark '#SLA'"],
      ['articles/links.md', 31, 1, 'bookmark-not-found', "Cannot find bookmark '#supported-geographies-2'"],
      ['articles/links.md', 32, 1, 'bookmark-not-found', "Cannot find bookmark '#heading-with-custom-id'"],
      ['articles/links.md', 33, 1, 'bookmark-not-found', "Cannot find bookmark '#linux'"],
      ['articles/links.md', 34, 1, 'bookmark-not-found', "Cannot find bookmark '#own-headin'"],
      ['articles/links.md', 35, 1, 'bookmark-not-found', "Cannot find bookmark '#nothing-like-it-at-all-here'"],
      ['articles/links.md', 36, 10, 'bookmark-not-found', "Cannot find bookmark '#html-nope'"],
      ['articles/links.md', 37, 1, 'bookmark-not-found', "Cannot find bookmark '#ref-nope'"],
      ['articles/links.md', 37, 14, 'bookmark-not-found', "Cannot find bookmark '#ref-nope'"],
      ['articles/links.md', 38, 1, 'bookmark-not-found', "Cannot find bookmark '#included-heading-1'"],
      ['includes/orphan.md', 3, 81, 'bookmark-not-found', "Cannot find bookmark '#orphan-headings'"],
      ['includes/shared.md', 8, 37, 'bookmark-not-found', "Cannot find bookmark '#supported-geographies'"],
      ['includes/shared.md', 8, 80, 'bookmark-not-found', "Cannot find bookmark '#not-on-any-host'"],
    ];
    expect(await lintFixture('links-bookmarks', { onlyRules: LINK_RULES })).toEqual(asRows(expected));
  });
});

describe('include-not-found and include-invalid (fixtures/links-includes)', () => {
  it('resolves includes (nested ones from the included file) and reports missing and non-Markdown targets', async () => {
    const expected: Expected[] = [
      ['articles/page.md', 7, 1, 'include-not-found', "Cannot find include file '../includes/missing.md'"],
      ['articles/page.md', 9, 1, 'include-not-found', "Cannot find include file '../includes/Present.md'"],
      ['articles/page.md', 11, 63, 'include-not-found', "Cannot find include file '../includes/inline-missing.md'"],
      ['articles/page.md', 15, 1, 'include-invalid', "Include '../includes/data.yml' is not a Markdown file"],
      ['articles/page.md', 17, 1, 'include-invalid', "Include '../includes/nested' is not a Markdown file"],
      ['articles/page.md', 19, 1, 'include-invalid', "Include 'https://example.com/include.md' is not a Markdown file"],
      ['articles/page.md', 21, 1, 'include-not-found', 'Include has an empty path.'],
      ['articles/page.md', 23, 1, 'include-not-found', "Include '../../../../outside.md' leaves the docset"],
      ['includes/present.md', 5, 1, 'include-not-found', "Cannot find include file 'nested/deeper.md'"],
    ];
    expect(await lintFixture('links-includes', { onlyRules: LINK_RULES })).toEqual(asRows(expected));
  });
});

describe('site prefixes (fixtures/links-site, config sitePrefixes)', () => {
  it('checks site-relative links that a prefix maps into the docset, case-insensitively', async () => {
    const expected: Expected[] = [
      [
        'articles/migrate/links.md',
        6,
        9,
        'file-not-found',
        "Cannot find a file for site link '/azure/migrate/overvew'",
      ],
      ['articles/migrate/links.md', 6, 49, 'bookmark-not-found', "Cannot find bookmark '#supported-geography'"],
    ];
    expect(await lintFixture('links-site', { onlyRules: LINK_RULES, noConfig: false })).toEqual(asRows(expected));
  });

  it('checks no site-relative link without the config', async () => {
    expect(await lintFixture('links-site', { onlyRules: LINK_RULES })).toEqual([]);
  });
});

describe('hard-coded-locale, docs-link-absolute, link-insecure (fixtures/links-urls)', () => {
  it('reports links to Microsoft sites', async () => {
    const expected: Expected[] = [
      ['page.md', 3, 1, 'docs-link-absolute', 'Link to Microsoft Learn is absolute'],
      ['page.md', 3, 1, 'hard-coded-locale', "Link contains locale code 'en-us'"],
      ['page.md', 5, 1, 'docs-link-absolute', 'Link to Microsoft Learn is absolute'],
      ['page.md', 7, 1, 'link-insecure', "Link 'http://azure.microsoft.com/pricing/' uses http"],
      ['page.md', 9, 1, 'docs-link-absolute', 'Link to Microsoft Learn is absolute'],
      ['page.md', 9, 1, 'hard-coded-locale', "Link contains locale code 'de-de'"],
      ['page.md', 9, 1, 'link-insecure', "Link 'http://learn.microsoft.com/de-de/azure/' uses http"],
      ['page.md', 11, 1, 'docs-link-absolute', 'Link to Microsoft Learn is absolute'],
      ['page.md', 11, 1, 'hard-coded-locale', "Link contains locale code 'en-us'"],
      ['page.md', 13, 10, 'link-insecure', "Link 'http://www.microsoft.com/download' uses http"],
      ['page.md', 15, 1, 'link-insecure', "Link 'http://go.microsoft.com/fwlink/?linkid=1' uses http"],
      ['page.md', 17, 1, 'docs-link-absolute', 'Link to Microsoft Learn is absolute'],
      ['page.md', 17, 1, 'hard-coded-locale', "Link contains locale code 'zh-hans'"],
      ['page.md', 17, 24, 'docs-link-absolute', 'Link to Microsoft Learn is absolute'],
      ['page.md', 17, 24, 'hard-coded-locale', "Link contains locale code 'zh-hans'"],
      ['page.md', 21, 1, 'hard-coded-locale', "Link contains locale code 'en-us'"],
      ['page.md', 23, 1, 'docs-link-absolute', 'Link to Microsoft Learn is absolute'],
      ['page.md', 23, 1, 'hard-coded-locale', "Link contains locale code 'en-us'"],
    ];
    expect(await lintFixture('links-urls', { onlyRules: LINK_RULES })).toEqual(asRows(expected));
  });
});

describe('paths the build resolves elsewhere (fixtures/links-publish)', () => {
  it('skips dependent repositories and redirected files, and bookmarks into pages whose includes come from elsewhere', async () => {
    const expected: Expected[] = [
      ['articles/page.md', 11, 17, 'file-not-found', "Cannot find file '~/reusable-contents/typo.md'"],
      ['articles/page.md', 11, 57, 'link-syntax', "Link '..%5Carticles%5Chost.md' uses backslashes"],
    ];
    expect(await lintFixture('links-publish', { onlyRules: LINK_RULES })).toEqual(asRows(expected));
  });
});

describe('the right examples (fixtures/links-clean)', () => {
  it('has no finding at all', async () => {
    expect(await lintFixture('links-clean', { noConfig: false })).toEqual([]);
  });
});
