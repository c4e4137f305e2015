/**
 * The language server's pure parts: what is being typed at the cursor, where a heading's text
 * stands, where a disable comment goes, the edit of a "did you mean", settings; and the docset
 * parts it relies on (files added and removed, folder listings, the link graph, includers kept
 * up to date).
 */
import { describe, expect, it } from 'vitest';
import { Docset } from '../../src/docset/docset.js';
import { FileIndex } from '../../src/docset/file-index.js';
import { affectedBy, LinkGraph, referencedFiles } from '../../src/docset/link-graph.js';
import { fileKindOf } from '../../src/source/file-kinds.js';
import { PARSERS } from '../../src/summary/parse-file.js';
import { summaryOf } from '../../src/summary/summarise-file.js';
import { parseCliArgs } from '../../src/cli/args.js';
import { suggestionEdit } from '../../src/fix/suggestion-edit.js';
import { completionsAt } from '../../src/lsp/completion.js';
import { disableComment } from '../../src/lsp/disable-comment.js';
import { hoverAt } from '../../src/lsp/navigation.js';
import { headingsWithGivenIds } from '../../src/lsp/headings.js';
import { linkContextAt } from '../../src/lsp/link-context.js';
import { readSettings, shownOnType } from '../../src/lsp/settings.js';
import { headingContentRange } from '../../src/text/heading-range.js';
import type { FileSummary, Finding } from '../../src/types.js';
import { tempTree } from '../temp.js';

const summarise = (text: string, path = 'a.md'): FileSummary =>
  PARSERS[fileKindOf(path, text)!].parse(path, text).summary;

describe('linkContextAt', () => {
  const at = (line: string) => linkContextAt(line, line.length);
  it('reads a path after ](, in [!INCLUDE [..](, :::image source=", :::code source=", a definition, href and src', () => {
    expect(at('See [setup](../art')).toEqual({ kind: 'path', flavour: 'link', typed: '../art', start: 12 });
    expect(at('[!INCLUDE [prereq](../includes/')).toEqual({
      kind: 'path',
      flavour: 'include',
      typed: '../includes/',
      start: 19,
    });
    expect(at('[!include[x](')).toMatchObject({ flavour: 'include', typed: '' });
    expect(at(':::image type="content" source="media/')).toMatchObject({ flavour: 'image', typed: 'media/' });
    expect(at('> :::image type="content" source="a.png" link="setup.md#')).toMatchObject({
      kind: 'bookmark',
      flavour: 'link',
      path: 'setup.md',
      typed: '',
    });
    expect(at(':::code language="csharp" source="~/samples/')).toMatchObject({ flavour: 'code', typed: '~/samples/' });
    expect(at('![A diagram](media/')).toMatchObject({ flavour: 'image', typed: 'media/' });
    expect(at('[ref]: ../setup.md')).toMatchObject({ flavour: 'link', typed: '../setup.md' });
    expect(at('<a href="setup.md#ins')).toEqual({
      kind: 'bookmark',
      flavour: 'link',
      path: 'setup.md',
      typed: 'ins',
      start: 18,
    });
    expect(at('<img src="media/')).toMatchObject({ flavour: 'image', typed: 'media/' });
  });

  it('reads a bookmark of this page or another, and nothing outside a link', () => {
    expect(at('Read [this](#over')).toEqual({ kind: 'bookmark', flavour: 'link', path: '', typed: 'over', start: 13 });
    expect(at('Read [that](<setup.md#')).toEqual({
      kind: 'bookmark',
      flavour: 'link',
      path: 'setup.md',
      typed: '',
      start: 22,
    });
    expect(at('Plain text (with a parenthesis')).toBeUndefined();
    expect(at('[done](setup.md) and more')).toBeUndefined();
    expect(linkContextAt('[a](b.md) then', 6)).toMatchObject({ typed: 'b.' });
  });
});

describe('headingContentRange', () => {
  const content = (text: string): string => {
    const [heading] = summarise(text).headings;
    const [start, end] = headingContentRange(text, heading!.span);
    return text.slice(start, end);
  };
  it('is the text between the # marks and a closing sequence, or above a setext underline', () => {
    expect(content('## Install\n')).toBe('Install');
    expect(content('##   Install   ##  \n')).toBe('Install');
    expect(content('## C#\n')).toBe('C#');
    expect(content('# Use **bold** and `code`\n')).toBe('Use **bold** and `code`');
    expect(content('> ## Quoted\n')).toBe('Quoted');
    expect(content('Setext heading\n===\n')).toBe('Setext heading');
    expect(content('## #\n')).toBe('');
  });

  it('finds ids given by <a name>, not made from the text', () => {
    const summary = summarise('# Page\n\n## <a name="old"></a>Renamed\n\n## Renamed\n');
    expect([...headingsWithGivenIds(summary)].map((h) => h.id)).toEqual(['old']);
  });
});

describe('disableComment', () => {
  const insert = (text: string, line: number): string | undefined => {
    const at = disableComment(text, summarise(text), line, 'file-not-found');
    return at && text.slice(0, at.offset) + at.text + text.slice(at.offset);
  };
  it('ends the line with a disable-line comment, keeping a table cell and a hard break', () => {
    expect(insert('# A\n\nSee [x](x.md).\n', 3)).toBe(
      '# A\n\nSee [x](x.md). <!-- faq-lint-disable-line file-not-found -->\n',
    );
    expect(insert('# A\n\n| a | [x](x.md) |\n', 3)).toBe(
      '# A\n\n| a | [x](x.md) <!-- faq-lint-disable-line file-not-found --> |\n',
    );
    expect(insert('# A\n\nSee [x](x.md)  \nnext\n', 3)).toBe(
      '# A\n\nSee [x](x.md) <!-- faq-lint-disable-line file-not-found -->  \nnext\n',
    );
    expect(insert('# A\r\n\r\nSee [x](x.md)\\\r\nnext\r\n', 3)).toBe(
      '# A\r\n\r\nSee [x](x.md) <!-- faq-lint-disable-line file-not-found --> \\\r\nnext\r\n',
    );
  });

  it('puts a disable-next-line comment above a heading (text after it would change its id)', () => {
    expect(insert('# A\n\n> ## See [x](x.md)\n', 3)).toBe(
      '# A\n\n> <!-- faq-lint-disable-next-line file-not-found -->\n> ## See [x](x.md)\n',
    );
  });

  it('writes nothing in front matter, where an HTML comment means nothing', () => {
    expect(insert('---\ntitle: x\n---\n# A\n', 2)).toBeUndefined();
  });
});

describe('suggestionEdit', () => {
  const finding = (
    span: { start: { line: number; column: number }; end: { line: number; column: number } },
    suggestions: string[],
  ): Finding => ({
    ruleId: 'x',
    severity: 2,
    message: 'm',
    line: span.start.line,
    column: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
    suggestions,
  });
  const apply = (text: string, pick: (summary: FileSummary) => Finding): string => {
    const summary = summarise(text);
    const f = pick(summary);
    const edit = suggestionEdit(text, summary, f, f.suggestions![0]!)!;
    return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
  };
  it("replaces a link's bookmark, or its path keeping the query and bookmark", () => {
    const text = '# A\n\n[x](setpu.md?tabs=a#ovrview)\n';
    expect(apply(text, (s) => finding(s.references[0]!.span, ['#overview']))).toBe(
      '# A\n\n[x](setpu.md?tabs=a#overview)\n',
    );
    expect(apply(text, (s) => finding(s.references[0]!.span, ['setup.md']))).toBe(
      '# A\n\n[x](setup.md?tabs=a#ovrview)\n',
    );
    expect(apply('# A\n\n[x](setup.md)\n', (s) => finding(s.references[0]!.span, ['#top']))).toBe(
      '# A\n\n[x](setup.md#top)\n',
    );
  });

  it('replaces a metadata key, a value inside its quotes, a heading text', () => {
    const text = '---\ntitel: "A"\nms.topic: "conceptual"\n---\n## Waht is it\n';
    expect(apply(text, (s) => finding(s.metadata!.entries[0]!.keySpan, ['title']))).toBe(
      text.replace('titel', 'title'),
    );
    expect(apply(text, (s) => finding(s.metadata!.entries[1]!.valueSpan, ['article']))).toBe(
      text.replace('"conceptual"', '"article"'),
    );
    expect(apply(text, (s) => finding(s.headings[0]!.span, ['What is it?']))).toBe(
      text.replace('## Waht is it', '## What is it?'),
    );
  });

  it('gives nothing for a finding on something else', () => {
    const text = '# A\n\nText.\n';
    const summary = summarise(text);
    expect(
      suggestionEdit(
        text,
        summary,
        finding({ start: { line: 3, column: 1 }, end: { line: 3, column: 5 } }, ['y']),
        'y',
      ),
    ).toBeUndefined();
  });
});

describe('settings', () => {
  it('reads the faqLint section, falling back to the defaults for what is missing or ill-typed', () => {
    expect(
      readSettings({ faqLint: { config: 'docs/.faqlintrc.json', rulesOnType: ['file-not-found'], cache: false } }),
    ).toEqual({ config: 'docs/.faqlintrc.json', rulesOnType: ['file-not-found'], cache: false });
    expect(readSettings({ config: 3, rulesOnType: 'all' })).toEqual({ config: '', rulesOnType: ['*'], cache: true });
    expect(readSettings(null)).toEqual({ config: '', rulesOnType: ['*'], cache: true });
    expect(shownOnType(readSettings({ rulesOnType: ['a'] }), 'b')).toBe(false);
    expect(shownOnType(readSettings({}), 'b')).toBe(true);
  });
});

describe('the docset parts the server relies on', () => {
  it('FileIndex: files added and removed, folder listings, "did you mean" rebuilt', () => {
    const index = FileIndex.of(['a/setup.md', 'a/media/x.png', 'b.md']);
    expect(index.children('')).toEqual({ files: ['b.md'], folders: ['a'] });
    expect(index.children('a')).toEqual({ files: ['setup.md'], folders: ['media'] });
    expect(index.similar('a/setpu.md')).toEqual(['a/setup.md']);
    index.addFile('a/new/setpu.md');
    expect(index.hasFolder('a/new')).toBe(true);
    expect(index.similar('a/setpu.md')).toEqual(['a/new/setpu.md']);
    index.removeFile('a/new/setpu.md');
    expect(index.hasFile('a/new/setpu.md')).toBe(false);
    expect(index.similar('a/setpu.md')).toEqual(['a/setup.md']);
  });

  it('Docset: includers kept up to date as summaries are replaced; the generation moves', () => {
    const root = tempTree({
      'docfx.json': '{}',
      'page.md': '[!INCLUDE [x](inc/x.md)]\n',
      'other.md': '# Other\n',
      'inc/x.md': '## X\n',
    });
    const docset = new Docset({ docsetRoot: root, repoRoot: root, reason: 'docfx.json' }, undefined, {
      summarise: summaryOf,
    });
    docset.addSummary(summarise('[!INCLUDE [x](inc/x.md)]\n', 'page.md'));
    expect(docset.includersOf('inc/x.md')).toEqual(['page.md']);
    const generation = docset.generation;
    docset.addSummary(summarise('[!INCLUDE [x](inc/x.md)]\n', 'other.md'));
    docset.addSummary(summarise('No include any more.\n', 'page.md'));
    expect(docset.includersOf('inc/x.md')).toEqual(['other.md']);
    expect(docset.generation).toBeGreaterThan(generation);
    docset.forgetSummary('other.md');
    expect(docset.includersOf('inc/x.md')).toEqual([]);
  });

  it('LinkGraph and affectedBy: referrers of the pages showing a file, and what they include', () => {
    const root = tempTree({ 'docfx.json': '{}' });
    const docset = new Docset(
      { docsetRoot: root, repoRoot: root, reason: 'docfx.json' },
      FileIndex.of(['page.md', 'inc/x.md', 'inc/y.md', 'links.md', 'other.md']),
      { summarise: summaryOf },
    );
    const files: Record<string, string> = {
      'page.md': '[!INCLUDE [x](inc/x.md)]\n[!INCLUDE [y](inc/y.md)]\n',
      'inc/x.md': '## X\n',
      'inc/y.md': 'See [x](#x).\n',
      'links.md': '[page](page.md#x) and [site](/docs/page)\n',
      'other.md': '# Other\n',
    };
    const graph = new LinkGraph();
    for (const [path, text] of Object.entries(files)) {
      const summary = summarise(text, path);
      docset.addSummary(summary);
      graph.set(path, referencedFiles(summary, { '/docs/': '' }));
    }
    expect(graph.referrers('page.md')).toEqual(['links.md']);
    expect([...affectedBy(docset, graph, 'inc/x.md')].sort()).toEqual(['inc/x.md', 'inc/y.md', 'links.md', 'page.md']);
    expect([...affectedBy(docset, graph, 'other.md')]).toEqual(['other.md']);
    graph.delete('links.md');
    expect(graph.referrers('page.md')).toEqual([]);
  });
});

describe('the command line of the server', () => {
  it('takes --lsp with what a client appends and with --no-js-config and --file-time-limit, nothing else', () => {
    expect(parseCliArgs(['--lsp', '--stdio', '--clientProcessId=42'])).toMatchObject({
      lsp: true,
      allowJsConfig: true,
    });
    expect(parseCliArgs(['--lsp', '--no-js-config', '--file-time-limit', '5'])).toMatchObject({
      lsp: true,
      allowJsConfig: false,
      fileTimeLimit: 5,
    });
    expect(() => parseCliArgs(['--lsp', 'docs'])).toThrow(
      '--lsp takes no paths and no options but --no-js-config and --file-time-limit (the editor sends the settings), got docs',
    );
    expect(() => parseCliArgs(['--lsp', '--format', 'json'])).toThrow(/got --format$/);
    expect(() => parseCliArgs(['--stdio'])).toThrow('--stdio is only for --lsp');
  });
});

describe('text from files, shown in the editor', () => {
  it('is escaped: control and bidi characters in heading text (hover), ids with them not offered (completion)', () => {
    const root = tempTree({ 'docfx.json': '{}' });
    const docset = new Docset(
      { docsetRoot: root, repoRoot: root, reason: 'docfx.json' },
      FileIndex.of(['a.md', 'b.md']),
      { summarise: summaryOf },
    );
    const b = summarise('# B\u202e txt.exe\n\n<a id="x\u202ey"></a>\n', 'b.md');
    const a = summarise('[b](b.md#b-txtexe) [c](b.md#\n', 'a.md');
    docset.addSummary(a);
    docset.addSummary(b);
    const file = { absolute: `${root}/a.md`, relative: 'a.md', docset, sitePrefixes: {}, summary: a, linted: true };
    const hover = hoverAt(file, { line: 0, character: 5 });
    // Shown as the text `\u202e` (the backslash escaped for Markdown), never as the character.
    expect((hover!.contents as { value: string }).value).toBe(
      String.raw`**B\\u202e txt.exe**  ` + '\n`b.md`\n\n' + '`#b-txtexe`: ' + String.raw`\# B\\u202e txt.exe`,
    );
    const list = completionsAt(file, '[b](b.md#b-txtexe) [c](b.md#', { line: 0, character: 28 }, true)!;
    expect(list.items.map((item) => [item.label, item.detail])).toEqual([['b-txtexe', '# B\\u202e txt.exe']]);
  });
});
