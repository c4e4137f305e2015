/**
 * micromark's event stream for a Markdown file, tokenised exactly as remark-parse +
 * remark-frontmatter tokenise it (the same constructs, the same `preprocess`, `parse` and
 * `postprocess` steps that `mdast-util-from-markdown` runs), without building the mdast tree:
 * what the event summariser (`src/summary/summarise-events.ts`) reads.
 */
import { frontmatter } from 'micromark-extension-frontmatter';
import { parse, postprocess, preprocess } from 'micromark';
import type { Event } from 'micromark-util-types';

const options = { extensions: [frontmatter(['yaml'])] };

/** The events of `text` (BOM already removed), with a double BOM handled as `parseMarkdown` does. */
export function markdownEvents(text: string): Event[] {
  // See parseMarkdown: a same-length stand-in for a second BOM keeps every offset exact.
  const source = text.charCodeAt(0) === 0xfeff ? `\u200b${text.slice(1)}` : text;
  return postprocess(
    parse(options)
      .document()
      .write(preprocess()(source, undefined, true)),
  );
}
