/**
 * Summarise a Markdown article straight from micromark's event stream (`markdownEvents`), without
 * building the mdast tree: the same `FileSummary` that `summariseMarkdown` gives from remark's tree
 * plus the DocFX syntax layer, at a fraction of the garbage. The mdast path stays the reference:
 * `tests/summary/summarise-events.test.ts` compares both on fixtures and on the corpora.
 *
 * One pass over the events, each handed to the handler of its token type (`events/`):
 * `block-handlers.ts` (front matter, paragraphs, blockquotes, lists, headings, code, definitions)
 * and `inline-handlers.ts` (text, html, code spans, links, images), over the pass's state and the
 * helpers they share (`summary-builder.ts`). What the DocFX layer rewrites is decided where the
 * tree would have it: a paragraph's contents are held until its end (a block include or
 * triple-colon paragraph replaces them), a blockquote's until its end (a video drops them, a div
 * adds an anchor first; `docfx-blocks.ts`), an `<a name="x">` until its next sibling (`</a>` makes
 * one anchor of the two). Heading ids are issued at the end (`finish.ts`), over the headings that
 * survived, in document order.
 *
 * One DocFX rewrite is not modelled, and a file that has it answers undefined (the caller parses
 * it with remark instead): inline includes (`[!INCLUDE` anywhere but alone in its paragraph),
 * rare in the corpora.
 */
import type { Event } from 'micromark-util-types';
import type { LineIndex } from '../text/line-index.js';
import type { FileSummary, MarkdownOutline } from '../types.js';
import { blockHandlers } from './events/block-handlers.js';
import { finish, numberTabGroups } from './events/finish.js';
import { inlineHandlers } from './events/inline-handlers.js';
import { SummaryBuilder } from './events/summary-builder.js';
import type { TokenHandler } from './events/token-handler.js';
import { emptySummary } from './summarise-markdown.js';

const onEnter = new Map<string, TokenHandler>([
  ...Object.entries(blockHandlers.enter),
  ...Object.entries(inlineHandlers.enter),
]);
const onExit = new Map<string, TokenHandler>([
  ...Object.entries(blockHandlers.exit),
  ...Object.entries(inlineHandlers.exit),
]);

// Tokens that start a block node among its siblings (html is counted at its end, see htmlEnded).
const BLOCK_NODES = new Set([
  'paragraph',
  'atxHeading',
  'setextHeading',
  'blockQuote',
  'listOrdered',
  'listUnordered',
  'codeFenced',
  'codeIndented',
  'thematicBreak',
  'definition',
  'yaml',
]);
const TEXT_TOKENS = new Set(['data', 'characterEscape', 'characterReference']);

/**
 * The summary and outline of `text` from its events, or undefined when the file uses a DocFX
 * rewrite this path does not model (see above): summarise it from the tree then.
 */
export function summariseEvents(
  path: string,
  text: string,
  events: readonly Event[],
  lines: LineIndex,
): { summary: FileSummary; outline: MarkdownOutline } | undefined {
  const builder = new SummaryBuilder(emptySummary(path, text, lines), text, lines);
  for (const [phase, token, context] of events) {
    const type: string = token.type;
    if (phase === 'enter') {
      if (BLOCK_NODES.has(type)) builder.child(type);
      const handler = onEnter.get(type);
      if (handler) handler(builder, token, context);
      // A text token or line ending is a child of phrasing content (a run of them is one text).
      else if (TEXT_TOKENS.has(type) || (type === 'lineEnding' && !builder.atHardBreak)) {
        if (builder.parent()?.inline) builder.child('text');
      }
    } else if (onExit.get(type)?.(builder, token, context) === false) return undefined;
  }
  builder.flushPending(builder.parent());
  if (builder.tabs) numberTabGroups(builder.blockLists, new Set(builder.root.headings));
  return finish(builder.summary, builder.root, text, builder.lines);
}
