/**
 * The file kind of TOC files: `toc.yml`, `toc.json` and `TOC.md`, named in any case. A TOC is not
 * an article: only the TOC rules (and `file-not-found`, `bookmark-not-found` for its hrefs) run
 * on it. Its summary's references are the hrefs the build resolves: `toc-href` for the page an
 * entry links, `toc-include` for a TOC file or folder it includes (none when the TOC does not parse).
 */
import type { Root } from 'mdast';
import type { FileKindHandler } from '../engine/file-kinds.js';
import { nestingProblem } from '../parse/complexity.js';
import { parseMarkdown } from '../parse/markdown.js';
import { LineIndex } from '../parse/positions.js';
import type { FileSummary, ReferenceSummary } from '../types.js';
import { isTocFileName, tocHrefType } from './href-type.js';
import type { TocData } from './model.js';
import { readTocMarkdown } from './parse-toc-markdown.js';
import { parseTocYaml, tocInclude, tocTopic } from './parse-toc-yaml.js';

/** The hrefs of a TOC's entries the build resolves: pages (relative files) and TOC includes. */
export function tocReferences(toc: TocData): ReferenceSummary[] {
  const references: ReferenceSummary[] = [];
  for (const node of toc.nodes) {
    const include = tocInclude(node);
    if (include) references.push({ kind: 'toc-include', url: include.value, span: include.span });
    const topic = tocTopic(node);
    // Absolute paths and URLs are not resolved by the build; `#x` alone names no page.
    if (
      topic &&
      tocHrefType(topic.value) === 'file' &&
      !topic.value.trim().startsWith('#') &&
      topic.value.trim() !== ''
    ) {
      references.push({ kind: 'toc-href', url: topic.value, span: topic.span });
    }
  }
  return references;
}

const summaryOf = (path: string, text: string, lines: LineIndex, toc: TocData): FileSummary => ({
  path,
  kind: 'toc',
  metadata: undefined,
  headings: [],
  anchors: [],
  references: tocReferences(toc),
  directives: [],
  lineCount: lines.lineCount,
  length: text.length,
});

/** `TOC.md`: Markdown headings, parsed (and pre-scanned) like an article. */
export const tocMarkdownKind: FileKindHandler = {
  kind: 'toc',
  matches: (path) => isTocFileName(path) && /\.md$/i.test(path),
  parse(path, text) {
    const lines = new LineIndex(text);
    const tree = parseMarkdown(text, lines);
    const toc = readTocMarkdown(tree, lines);
    tree.data = { ...tree.data, toc };
    return { tree, summary: summaryOf(path, text, lines, toc), lines };
  },
  refuse: nestingProblem,
};

/** `toc.yml` and `toc.json`: YAML data (the parser is linear: no Markdown pre-scan). */
export const tocDataKind: FileKindHandler = {
  kind: 'toc',
  matches: (path) => isTocFileName(path) && !/\.md$/i.test(path),
  parse(path, text) {
    const lines = new LineIndex(text);
    const toc = parseTocYaml(text, lines, /\.json$/i.test(path) ? 'json' : 'yaml');
    const tree: Root = { type: 'root', children: [], data: { toc } };
    return { tree, summary: summaryOf(path, text, lines, toc), lines };
  },
};
