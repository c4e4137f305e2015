/**
 * Which parser handles a file. TOC files (`toc.yml`, `toc.json`, `TOC.md`, any case) by
 * src/toc/handler.ts; Markdown articles by extension; a structured FAQ (`.yml` whose first line
 * is `### YamlMime:FAQ`) by src/faq-yaml/handler.ts.
 */
import type { Root } from 'mdast';
import { nestingProblem, type Problem } from '../parse/complexity.js';
import { faqYamlKind } from '../faq-yaml/handler.js';
import { parseMarkdown } from '../parse/markdown.js';
import { LineIndex } from '../parse/positions.js';
import { summariseMarkdown } from '../summary/summarise-markdown.js';
import { redirectionKind } from '../redirection-file/handler.js';
import { tocDataKind, tocMarkdownKind } from '../toc/handler.js';
import type { FileKind, FileSummary } from '../types.js';

/** A parsed file: a syntax tree for per-file rules and the summary for cross-file rules. */
export interface ParsedFile {
  tree: Root;
  summary: FileSummary;
  lines: LineIndex;
}

/** A kind of file faq-lint can lint. */
export interface FileKindHandler {
  kind: FileKind;
  /** True when this handler lints the file (decided by path, then by text). */
  matches(path: string, text?: string): boolean;
  parse(path: string, text: string): ParsedFile;
  /** Why the parser should not be run on this text (it would take too long), or undefined. */
  refuse?(text: string): Problem | undefined;
}

export const markdownKind: FileKindHandler = {
  kind: 'markdown',
  matches: (path) => /\.md$/i.test(path),
  parse(path, text) {
    const lines = new LineIndex(text);
    const tree = parseMarkdown(text, lines);
    return { tree, lines, summary: summariseMarkdown(path, text, tree, lines) };
  },
  refuse: nestingProblem,
};

// TOC files first: a `TOC.md` is a TOC, not an article.
const handlers: readonly FileKindHandler[] = [tocMarkdownKind, tocDataKind, redirectionKind, markdownKind, faqYamlKind];

/** The handler for a file, or undefined when faq-lint does not lint it. */
export function fileKindOf(path: string, text?: string): FileKindHandler | undefined {
  return handlers.find((h) => h.matches(path, text));
}
