/**
 * How each kind of file (`src/source/file-kinds.ts`) is parsed into a syntax tree and a summary,
 * and what the pre-scan refuses before the parser runs. Keyed by `FileKind`: a new kind is a new
 * entry here and in `FILE_KINDS`.
 */
import { parseFaqYaml } from '../faq-yaml/parse-faq-yaml.js';
import { fileWideProblem, nestingProblem, type Problem } from '../parse/complexity.js';
import { markdownEvents } from '../parse/markdown-events.js';
import { parseMarkdown } from '../parse/markdown.js';
import { LineIndex } from '../text/line-index.js';
import type { Root } from 'mdast';
import type { FileKind, FileSummary, MarkdownOutline, ParsedFile } from '../types.js';
import { parseRedirectionFile } from '../redirection-file/handler.js';
import { parseToc, refuseToc } from '../toc/handler.js';
import { summariseEvents } from './summarise-events.js';
import { summariseMarkdown } from './summarise-markdown.js';

/** The parser of one kind of file. */
export interface Parser {
  /** Parse and summarise (path docset-relative, text without BOM). Pure. */
  parse(path: string, text: string): ParsedFile;
  /** Why the parser should not be run on this text (it would take too long), or undefined. */
  refuse?(text: string, path?: string): Problem | undefined;
}

export const PARSERS: { readonly [K in FileKind]: Parser } = {
  // `toc.yml`, `toc.json` (YAML data) and `TOC.md` (Markdown headings): src/toc.
  toc: { parse: parseToc, refuse: refuseToc },
  // `*.openpublishing.redirection*.json`: src/redirection-file.
  redirection: { parse: parseRedirectionFile },
  markdown: {
    parse(path, text) {
      const lines = new LineIndex(text);
      if (markdownSummaryPath() === 'events') {
        const summarised = summariseEvents(path, text, markdownEvents(text), lines);
        if (summarised) return withTreeOnDemand(summarised.summary, summarised.outline, text, lines);
      }
      const tree = parseMarkdown(text, lines);
      return { tree, summary: summariseMarkdown(path, text, tree, lines) };
    },
    refuse: nestingProblem,
  },
  'faq-yaml': {
    parse: parseFaqYaml,
    // The whole file pays for all its links; each answer gets the full pre-scan as it is parsed.
    refuse: fileWideProblem,
  },
};

/**
 * How Markdown is summarised: `events`, the default (micromark's events,
 * src/summary/summarise-events.ts; the mdast tree is built only if a rule reads it), or `mdast`
 * (remark's tree and the DocFX layer: the reference the tests compare with).
 * `FAQ_LINT_SUMMARY=mdast` selects the reference, for comparing the two (docs/performance.md).
 */
export function markdownSummaryPath(): 'events' | 'mdast' {
  return SUMMARY_PATH;
}

// Read once: process.env is a slow native lookup, and this is asked for every file.
const SUMMARY_PATH = process.env.FAQ_LINT_SUMMARY === 'mdast' ? 'mdast' : 'events';

/** A parsed file whose tree is parsed (by remark, as the reference path does) the first time it is read. */
function withTreeOnDemand(summary: FileSummary, outline: MarkdownOutline, text: string, lines: LineIndex): ParsedFile {
  let tree: Root | undefined;
  return {
    summary,
    outline,
    get tree(): Root {
      return (tree ??= parseMarkdown(text, lines));
    },
  };
}
