/**
 * Heading ids as the Learn build gives them (Markdig AutoIdentifier, GitHub mode, plus docfx's
 * heading-id rewriter and tab groups). Rows marked with a source come from Markdig or docfx
 * tests and specs; rows marked "derived" follow from the algorithm read in their sources
 * (Markdig LinkHelper.UrilizeAsGfm and AutoIdentifierExtension, docfx HeadingIdRewriter and
 * TabGroupAggregator). See rules/links/bookmark-not-found.md.
 */
import { describe, expect, it } from 'vitest';
import { PARSERS } from '../../src/summary/parse-file.js';
import { HeadingIdAllocator, urilizeAsGfm } from '../../src/parse/heading-id.js';

/** The ids of every heading of a Markdown document, in order (undefined: no id). */
function headingIds(markdown: string): (string | undefined)[] {
  return PARSERS.markdown.parse('a.md', markdown).summary.headings.map((h) => h.id);
}

// [markdown of the document, expected ids in order, source]
const DOCUMENTS: [string, (string | undefined)[], string][] = [
  [
    '# This - is a &@! heading _ with . and ! -',
    ['this---is-a--heading-_-with--and---'],
    'docfx AutoIdentifierTest.cs',
  ],
  ['# Title from H1', ['title-from-h1'], 'docfx specs/markdown.yml'],
  [
    '# h1 title\n\n## h2 title\n\n### h3 title\n\n#### h4 title',
    ['h1-title', 'h2-title', 'h3-title', 'h4-title'],
    'docfx specs/markdown.yml',
  ],
  ['## c', ['c'], 'docfx specs/markdown.yml'],
  ['# This is *a* title &', ['this-is-a-title-'], 'docfx specs/markdown.yml'],
  ['# [!INCLUDE[](b.md)] Overview', ['-overview'], 'docfx specs/markdown.yml (include adds nothing to the id)'],
  ['# title 1\n\n## title 2', ['title-1', 'title-2'], 'docfx specs/bookmark.yml'],
  ['## <a name="a-bookmark"></a> Section 3 title', ['a-bookmark'], 'docfx specs/bookmark.yml'],
  ['## <a name="somehow"></a> Section 1 title', ['somehow'], 'docfx specs/bookmark.yml'],
  ['## Hello World', ['hello-world'], 'Markdig GitHub mode (MarkdownEditor2022 SlugGeneratorTests)'],
  ['## Foo & bar', ['foo--bar'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## Supported Diagrams & Examples', ['supported-diagrams--examples'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## Header identifiers in HTML', ['header-identifiers-in-html'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## 3. Applications', ['3-applications'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## 33', ['33'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## Pre-existing-hyphens', ['pre-existing-hyphens'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## With_Underscores', ['with_underscores'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## Chapter 123', ['chapter-123'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## MiXeD CaSe', ['mixed-case'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## Building & Publishing', ['building--publishing'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## [HTML], [S5], or [RTF]?', ['html-s5-or-rtf'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['## Test\n\n## Test\n\n## Test', ['test', 'test-1', 'test-2'], 'Markdig GitHub mode (MarkdownEditor2022)'],
  ['# This is a heading', ['this-is-a-heading'], 'Markdig AutoIdentifierSpecs.md'],
  ['# This is a *heading*', ['this-is-a-heading'], 'Markdig AutoIdentifierSpecs.md'],
  ['# This is a [heading](/url)', ['this-is-a-heading'], 'Markdig AutoIdentifierSpecs.md'],
  [
    '# This is a heading\n\n# This is a heading',
    ['this-is-a-heading', 'this-is-a-heading-1'],
    'Markdig AutoIdentifierSpecs.md',
  ],
  ['[scenario]: ./scenario.png\n\n## Scenario', ['scenario'], 'Markdig AutoIdentifierSpecs.md'],
  // Derived from UrilizeAsGfm and the strip renderer (see the header comment).
  ['# 1.0 This is a heading', ['10-this-is-a-heading'], 'derived'],
  ['# 1.0 & ^ % *\n\n# 1.0 & ^ % *', ['10----', '10-----1'], 'derived'],
  ['## a\n\n## a\n\n## a-1', ['a', 'a-1', 'a-1-1'], 'derived: repeats are checked against every id issued'],
  ['## Café au lait', ['café-au-lait'], 'derived: no transliteration'],
  ['## Привет мир', ['привет-мир'], 'derived'],
  ['## 日本語の見出し', ['日本語の見出し'], 'derived: Lo letters kept'],
  ['## Rocket 🚀 launch', ['rocket--launch'], 'derived: surrogate halves dropped'],
  ['## ☕ Coffee', ['-coffee'], 'derived: So symbol dropped'],
  ['## 𝐀bc', ['bc'], 'derived: letters outside the BMP dropped'],
  ['## De\u0301ja\u0300 vu', ['deja-vu'], 'derived: written NFD, combining marks (Mn) dropped'],
  ['## Déjà vu', ['déjà-vu'], 'derived: written NFC'],
  ['## Use `npm install`', ['use-npm-install'], 'derived: code span content kept'],
  ['## The `--force` flag', ['the---force-flag'], 'derived'],
  ['## ![Alt text](i.png) Icon', ['alt-text-icon'], 'derived: image alt kept'],
  ['## See <https://example.com>', ['see-httpsexamplecom'], 'derived: autolink URL kept'],
  ['## AT&amp;T', ['att'], 'derived: entity decoded, then dropped'],
  ['## R&eacute;sum&eacute;', ['résumé'], 'derived'],
  ['## A&nbsp;B', ['ab'], 'derived: NBSP is not a space'],
  ["## What's new?", ['whats-new'], 'derived'],
  ['## C# and .NET', ['c-and-net'], 'derived'],
  ['## Q&A', ['qa'], 'derived'],
  ['## !!!', ['section'], 'derived: empty -> section'],
  ['## !!!\n\n## ???', ['section', 'section-1'], 'derived'],
  ['## <span>Tagged</span> text', ['tagged-text'], 'derived: raw HTML dropped'],
  ['## <a name="x"></a>', ['section'], 'derived: the rewriter needs more than two inlines'],
  ['## ~~struck~~ text', ['struck-text'], 'derived'],
  ['## x² + y²', ['x--y'], 'derived: No digits dropped'],
  ['## Closing hashes ##', ['closing-hashes'], 'derived'],
  ['Setext heading\n==============', ['setext-heading'], 'derived'],
  ['## \\*Escaped\\* stars', ['escaped-stars'], 'derived'],
  ['## Tab\there', ['tabhere'], 'derived: only U+0020 becomes -'],
  // docfx heading-id rewriter: the auto id is still issued, so a later same-text heading gets -1.
  [
    '## <a name="first"></a>Install\n\n## Install',
    ['first', 'install-1'],
    'derived: HeadingIdRewriter runs after auto ids',
  ],
  ['## <a id="by-id"></a> Title', ['by-id'], 'derived: id attribute'],
  ["## <a name='single'></a> Title", ['-title'], 'derived: single quotes are not the rewriter form'],
  ['## <a  name="two-spaces"></a> Title', ['two-spaces'], 'derived: " +" allows several spaces'],
  ['## <a name="bad:char"></a> Title', ['-title'], 'derived: ":" is outside [\\w \\-.]'],
  ['## <A NAME="upper"></A> Title', ['-title'], 'derived: the rewriter regex is case-sensitive'],
  ['## <a name="x"></a> **Bold** title', ['x'], 'derived'],
  // Tab headings: no id, but their auto id was issued before the tab group was built.
  [
    '# [Linux](#tab/linux)\n\nA\n\n# [Windows](#tab/windows)\n\nB\n\n---\n\n## Linux',
    [undefined, undefined, 'linux-1'],
    'derived: TabGroupAggregator runs after auto ids',
  ],
  ['# [Not a tab](#tab/has_underscore)', ['not-a-tab'], 'derived: TabGroupAggregator.HrefRegex'],
  ['# [Linux](#tab/linux) and more', ['linux-and-more'], 'derived: a tab heading has one inline only'],
];

describe('heading ids (Markdig GitHub mode as configured by docfx)', () => {
  it.each(DOCUMENTS)('%j -> %j (%s)', (markdown, expected) => {
    expect(headingIds(markdown)).toEqual(expected);
  });

  it('has at least 40 rows', () => {
    expect(DOCUMENTS.length).toBeGreaterThanOrEqual(40);
  });
});

describe('urilizeAsGfm (Markdig TestLinkHelper.TestUrilizeGfm)', () => {
  it.each([
    ['Header identifiers in HTML', 'header-identifiers-in-html'],
    ['* Dogs*?--in *my* house?', '-dogs--in-my-house'],
    ['[HTML], [S5], or [RTF]?', 'html-s5-or-rtf'],
    ['3. Applications', '3-applications'],
    ['33', '33'],
  ])('%j -> %j', (text, id) => {
    expect(urilizeAsGfm(text)).toBe(id);
  });

  it('lower-cases one code unit to one code unit, as .NET ToLowerInvariant(char) does', () => {
    expect(urilizeAsGfm('İstanbul')).toBe('istanbul');
  });
});

describe('HeadingIdAllocator', () => {
  it('restarts the counter for each heading and checks every issued id', () => {
    const ids = new HeadingIdAllocator();
    expect(['a', 'a', 'a-1', 'a', ''].map((t) => ids.next(t))).toEqual(['a', 'a-1', 'a-1-1', 'a-2', 'section']);
  });
});
