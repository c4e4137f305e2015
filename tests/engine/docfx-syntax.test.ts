import type { Node, Parent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { walk } from '../../src/parse/walk.js';
import { PARSERS } from '../../src/summary/parse-file.js';

/** Nodes of a type, as [type-specific fields, start line:column, end line:column]. */
function nodesOf(text: string, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  walk(parseMarkdown(text), (node: Node) => {
    if (node.type !== type) return;
    const { position, children, ...rest } = node as Node & Parent & Record<string, unknown>;
    found.push({
      ...rest,
      ...(children ? { childCount: children.length } : {}),
      at: `${position!.start.line}:${position!.start.column}-${position!.end.line}:${position!.end.column}`,
    });
  });
  return found;
}

describe('DocFX syntax layer', () => {
  it('parses a block include and an inline include with positions', () => {
    const text = 'Intro\n\n[!INCLUDE [Prereqs](../includes/prereqs.md)]\n\nSee [!include[t](inc/b.md)] here.\n';
    expect(nodesOf(text, 'docfxInclude')).toEqual([
      { type: 'docfxInclude', title: 'Prereqs', url: '../includes/prereqs.md', block: true, at: '3:1-3:45' },
      { type: 'docfxInclude', title: 't', url: 'inc/b.md', block: false, at: '5:5-5:28' },
    ]);
  });

  it('parses an include whose path has a space (not a CommonMark link)', () => {
    expect(nodesOf('a [!INCLUDE [t](my file.md)] b\n', 'docfxInclude')).toEqual([
      { type: 'docfxInclude', title: 't', url: 'my file.md', block: false, at: '1:3-1:29' },
    ]);
  });

  it('parses every alert type and removes the marker from the content', () => {
    for (const kind of ['NOTE', 'TIP', 'IMPORTANT', 'CAUTION', 'WARNING']) {
      const [alert] = nodesOf(`> [!${kind}]\n> Body text.\n`, 'docfxAlert');
      expect(alert).toEqual({ type: 'docfxAlert', alertType: kind, childCount: 1, at: '1:1-2:13' });
    }
    const texts: string[] = [];
    walk(
      parseMarkdown('> [!TIP]\n> Body text.\n'),
      (n) => void (n.type === 'text' && texts.push((n as unknown as { value: string }).value)),
    );
    expect(texts).toEqual(['Body text.']);
  });

  it('parses [!div] with attributes and [!VIDEO] with its URL position', () => {
    expect(nodesOf('> [!div class="nextstepaction" id="next"]\n> [Go](next.md)\n', 'docfxDiv')).toEqual([
      { type: 'docfxDiv', attributes: { class: 'nextstepaction', id: 'next' }, childCount: 1, at: '1:1-2:16' },
    ]);
    expect(nodesOf('> [!VIDEO https://learn.microsoft.com/shows/x/player]\n', 'docfxVideo')).toEqual([
      { type: 'docfxVideo', url: 'https://learn.microsoft.com/shows/x/player', at: '1:11-1:53' },
    ]);
  });

  it('parses triple-colon image, code, moniker, zone, row and column blocks', () => {
    const text = [
      ':::image type="content" source="media/my_shot.png" alt-text="A *shot*.":::',
      '',
      ':::code language="csharp" source="~/samples/Program.cs" range="1-5":::',
      '',
      '::: moniker range=">= azure-cli-2.0"',
      '',
      '::: moniker-end',
      '',
      ':::zone pivot="windows"',
      '',
      ':::zone-end',
      '',
      ':::row:::',
      ':::column:::',
      ':::column-end:::',
      ':::row-end:::',
      '',
    ].join('\n');
    const found = nodesOf(text, 'docfxTripleColon').map((n) => [n.name, n.attributes, n.at]);
    expect(found).toEqual([
      ['image', { type: 'content', source: 'media/my_shot.png', 'alt-text': 'A *shot*.' }, '1:1-1:75'],
      ['code', { language: 'csharp', source: '~/samples/Program.cs', range: '1-5' }, '3:1-3:71'],
      ['moniker', { range: '>= azure-cli-2.0' }, '5:1-5:37'],
      ['moniker-end', {}, '7:1-7:16'],
      ['zone', { pivot: 'windows' }, '9:1-9:24'],
      ['zone-end', {}, '11:1-11:12'],
      ['row', {}, '13:1-13:10'],
      ['column', {}, '14:1-14:13'],
      ['column-end', {}, '15:1-15:17'],
      ['row-end', {}, '16:1-16:14'],
    ]);
  });

  it('reads <a name> and <a id> anchors, inline and alone on a line', () => {
    expect(
      nodesOf('<a name="top-anchor"></a>\n\nText <a id="mid"></a> more.\n', 'docfxAnchor').map((n) => [n.id, n.at]),
    ).toEqual([
      ['top-anchor', '1:1-1:26'],
      ['mid', '3:6-3:22'],
    ]);
  });

  it('marks xref: links and tab links', () => {
    const marks: unknown[] = [];
    walk(parseMarkdown('[a](xref:System.String) <xref:System.Int32> [b](#tab/windows) [c](x.md)\n'), (n) => {
      if (n.type === 'link') marks.push((n as { data?: { docfxLink?: string } }).data?.docfxLink);
    });
    expect(marks).toEqual(['xref', 'xref', 'tab', undefined]);
  });

  it('never takes references from fenced, indented or inline code, or HTML comments', () => {
    const text = [
      '```md',
      '[fenced](fenced.md) [!INCLUDE [x](fenced-include.md)]',
      '```',
      '',
      '    [indented](indented.md)',
      '',
      'Inline `[code](code.md)` and <!-- [commented](comment.md) <a href="c.md"> --> text [real](real.md).',
      '',
    ].join('\n');
    const summary = PARSERS.markdown.parse('a.md', text).summary;
    expect(summary.references.map((r) => r.url)).toEqual(['real.md']);
  });

  it('summarises every reference kind at its place', () => {
    const text = [
      '[inline](a.md#b) ![img](media/x.png) <https://example.com> [ref][r]',
      '<a href="html.md">h</a> <img src="media/h.png" />',
      '',
      ':::image source="media/y.png" lightbox="media/y-big.png" alt-text="y":::',
      '',
      ':::code source="snippets/z.cs":::',
      '',
      '> [!VIDEO https://www.youtube.com/embed/abc]',
      '',
      '[ref again][r]',
      '',
      '[r]: <ref target.md> "title"',
      '',
    ].join('\n');
    const refs = PARSERS.markdown
      .parse('a.md', text)
      .summary.references.map((r) => [r.kind, r.url, `${r.span.start.line}:${r.span.start.column}`]);
    expect(refs).toEqual([
      ['link', 'a.md#b', '1:1'],
      ['image', 'media/x.png', '1:18'],
      ['autolink', 'https://example.com', '1:38'],
      ['reference-link', 'ref target.md', '1:60'],
      ['html-a', 'html.md', '2:10'],
      ['html-img', 'media/h.png', '2:35'],
      ['docfx-image', 'media/y.png', '4:18'],
      ['docfx-image', 'media/y-big.png', '4:41'],
      ['docfx-code', 'snippets/z.cs', '6:17'],
      ['video', 'https://www.youtube.com/embed/abc', '8:11'],
      ['reference-link', 'ref target.md', '10:1'],
    ]);
  });

  it('summarises anchors from HTML ids, names and [!div id]', () => {
    const text = '<div id="box">\n<span name="n1"></span>\n</div>\n\n> [!div id="d1"]\n> x\n\n<a name="a1"></a>\n';
    expect(
      PARSERS.markdown.parse('a.md', text).summary.anchors.map((a) => [a.id, a.source, a.span.start.line]),
    ).toEqual([
      ['box', 'html', 1],
      ['n1', 'html', 2],
      ['d1', 'div', 5],
      ['a1', 'html', 8],
    ]);
  });
});
