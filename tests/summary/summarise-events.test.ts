/**
 * The event summariser (micromark's events, no mdast) against the reference: remark's tree, the
 * DocFX layer and `summariseMarkdown`. Both must give the same summary for every file, except
 * that the event path declines (undefined) a file with an inline include, which it does not model.
 * On fixtures and constructed pages always; on the three corpora when ../shared is next to the
 * checkout (a user's clone has none: those cases are skipped, with a message).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nestingProblem } from '../../src/parse/complexity.js';
import { markdownEvents } from '../../src/parse/markdown-events.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { outlineOfTree } from '../../src/parse/outline.js';
import { summariseEvents } from '../../src/summary/summarise-events.js';
import { summariseMarkdown } from '../../src/summary/summarise-markdown.js';
import { LineIndex } from '../../src/text/line-index.js';
import type { FileSummary, MarkdownOutline } from '../../src/types.js';
import { FIXTURES } from '../helpers.js';
import { corpusFolder } from '../scale/corpus.js';

const INLINE_INCLUDE = /\[!INCLUDE/i;

type Summarised = { summary: FileSummary; outline: MarkdownOutline };

/** Summary and outline both ways: from remark's tree (the reference) and from the events. */
function bothWays(text: string): { reference: Summarised; events: Summarised | undefined } {
  const lines = new LineIndex(text);
  const tree = parseMarkdown(text, lines);
  return {
    reference: { summary: summariseMarkdown('page.md', text, tree, lines), outline: outlineOfTree(tree, text) },
    events: summariseEvents('page.md', text, markdownEvents(text), lines),
  };
}

/** Every Markdown file under `folder` the summariser is given (the pre-scan refuses the rest). */
function markdownFiles(folder: string): string[] {
  const found: string[] = [];
  const stack = [folder];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(dir).sort()) {
      if (entry === '.git' || entry === 'node_modules') continue;
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) stack.push(file);
      else if (entry.toLowerCase().endsWith('.md')) found.push(file);
    }
  }
  return found;
}

/** The files of `folder` whose summaries differ (a declined file without an inline include counts). */
function differences(folder: string): { files: number; declined: number; differing: string[] } {
  let files = 0;
  let declined = 0;
  const differing: string[] = [];
  for (const file of markdownFiles(folder)) {
    let text = readFileSync(file, 'utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (nestingProblem(text)) continue;
    files++;
    const { reference, events } = bothWays(text);
    if (events === undefined && INLINE_INCLUDE.test(text)) declined++;
    else if (JSON.stringify(events) !== JSON.stringify(reference)) differing.push(path.relative(folder, file));
  }
  return { files, declined, differing };
}

describe('summaries from micromark events', () => {
  it.each([
    [
      'front matter, headings and links',
      '---\ntitle: T\nms.date: 01/02/2026\n---\n# Title\n\nSee [a](b.md#c) and ![x](i.png).\n',
    ],
    ['front matter with a lone CR', '---\r\rtitle: T\r\n---\r\n# T\n'],
    ['setext headings with a hard break and code', 'Some *one*\\\n`code`  x\n===\n\nTwo\n---\n'],
    ['an image with HTML in its alt, in a heading', '## A ![<b>b</b> &amp; c](i.png) d\n'],
    [
      'explicit heading ids and anchors',
      '## <a name="x-y"></a> Title\n\n## <a id="only"></a>\n\n<a name="flow"></a>\n\nText <a name="in"></a> here <a id="open">\n',
    ],
    [
      'reference links defined after use, first definition wins',
      '[a][one] [b] ![c][one]\n\n[one]: <x y.md> "t"\n[b]: &#35;b\n[ONE]: other.md\n',
    ],
    ['autolinks and escapes', '<https://a.example/x> <me@example.com> [t](a\\_b.md)\n'],
    ['a block include, in a list too', '[!INCLUDE [p](../inc/p.md)]\n\n- [!include[q](<inc/q.md>)]\n'],
    [
      'alerts, a div with an id, a video',
      '> [!NOTE]\n> See [n](n.md).\n\n> [!div class="x" id="d1"]\n> - [l](l.md)\n\n> [!VIDEO https://v.example/e]\n> [gone](gone.md)\n',
    ],
    [
      'triple-colon blocks with text left, inline images outside code',
      ':::image type="content" source="a.png" alt-text="A":::\nLong [desc](d.md).\n\nRow | :::image source="b.png" alt-text="B"::: `:::image source="c.png":::`\n\n:::code language="cs" source="s.cs":::\n',
    ],
    [
      'HTML links, images and directives',
      '<!-- faq-lint-disable link-insecure -->\n<a href="x.md" id="h">x</a> <img src="y.png">\n\n> <a name="q"></a>\n',
    ],
    [
      'blank link texts and alt texts (outline)',
      '[](a.md) [ *  * ](b.md) [&nbsp;](c.md) [`x`](d.md) [![](i.png)](e.md) [x][r] [ ][r] [](xref:A.B) <b>[<i></i>](f.md)</b>\n\n![ ](j.png) ![*a*](k.png) ![<b></b>](l.png) ![![](m.png)](n.png) ![\n](o.png)\n\n[r]: r.md\n',
    ],
    [
      'tables, in a blockquote and after triple-colon blocks (outline)',
      '| A | |\n|---|---|\n\n> | | B |\n> |---|---|\n\n:::row:::\nx | y\n\n- a | b\n',
    ],
    ['zones with pivots, code skipped', '::: zone pivot="a,b"\n\n```md\n::: zone pivot="c"\n```\n\n::: zone-end\n'],
    [
      'tab groups, nested ones numbered after their parent',
      '- # [A](#tab/a)\n  x\n  # [B](#tab/b)\n\n# [W](#tab/w)\n\n## Inside\n\n---\n\n# After\n',
    ],
  ])('gives the reference summary: %s', (_name, text) => {
    const { reference, events } = bothWays(text);
    expect(events).toEqual(reference);
  });

  it('declines a page with an inline include (the DocFX layer rewrites its text)', () => {
    expect(bothWays('Use [!INCLUDE [x](inc/x.md)] here.\n').events).toBeUndefined();
    expect(bothWays('## [!INCLUDE [x](inc/x.md)] title\n').events).toBeUndefined();
  });

  it('gives the reference summary for every fixture page', () => {
    const { files, differing } = differences(FIXTURES);
    expect(files).toBeGreaterThan(150);
    expect(differing).toEqual([]);
  });

  // The corpora are large and real: what fixtures cannot think of. Not in a user's clone.
  for (const name of ['azure-migrate', 'azure-management-docs', 'cpp-docs']) {
    const folder = corpusFolder(name);
    if (!folder)
      console.log(`Skipping the event summary equivalence on ${name}: ../shared/corpus/${name} is not here.`);
    it.skipIf(!folder)(
      `gives the reference summary for every page of ${name} (needs ../shared corpus)`,
      { timeout: 1_200_000 },
      () => {
        const { files, declined, differing } = differences(folder!);
        expect(files).toBeGreaterThan(20);
        expect(declined).toBeLessThan(files / 20);
        expect(differing).toEqual([]);
      },
    );
  }
});
