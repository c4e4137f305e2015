/** The Markdown parser: unified + remark-parse + remark-frontmatter, then the DocFX layer. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { applyDocfxSyntax } from './docfx.js';
import { LineIndex } from '../text/line-index.js';

// No remark-gfm: no rule needs tables, task lists or literal autolinks, and it costs about a
// third of the parse time (see ARCHITECTURE.md).
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Parse Markdown (BOM already removed) into mdast with DocFX nodes. */
export function parseMarkdown(text: string, lines = new LineIndex(text)): Root {
  // micromark drops a leading U+FEFF, which would shift every offset by one. The file's BOM is
  // already gone; a second one (a double BOM) is text to the Learn build: parse a same-length
  // stand-in so positions stay exact.
  const tree = processor.parse(text.charCodeAt(0) === 0xfeff ? `\u200b${text.slice(1)}` : text);
  return applyDocfxSyntax(tree, text, lines);
}
