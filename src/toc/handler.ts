/**
 * The file kind of TOC files: `toc.yml`, `toc.json` and `TOC.md`, named in any case. A TOC is not
 * an article: only the TOC rules (and `file-not-found`, `bookmark-not-found` for its hrefs) run
 * on it. Its summary's references are the hrefs the build resolves: `toc-href` for the page an
 * entry links, `toc-include` for a TOC file or folder it includes (none when the TOC does not parse).
 */
import type { Root } from 'mdast';
import { nestingProblem, type Problem } from '../parse/complexity.js';
import { parseMarkdown } from '../parse/markdown.js';
import { LineIndex } from '../text/line-index.js';
import type { FileSummary, ParsedFile, ReferenceSummary } from '../types.js';
import { tocHrefType } from './href-type.js';
import type { TocData } from './model.js';
import { readTocMarkdown } from './parse-toc-markdown.js';
import { parseTocJson } from './parse-toc-json.js';
import { parseTocYaml } from './parse-toc-yaml.js';
import { tocInclude, tocTopic } from './read-entries.js';

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

const isMarkdown = (path: string): boolean => /\.md$/i.test(path);

/**
 * Parse a TOC: `TOC.md` as Markdown headings (pre-scanned like an article), `toc.yml` as YAML,
 * `toc.json` as JSON.
 */
export function parseToc(path: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  if (isMarkdown(path)) {
    const tree = parseMarkdown(text, lines);
    const toc = readTocMarkdown(tree, lines);
    tree.data = { ...tree.data, toc };
    return { tree, summary: summaryOf(path, text, lines, toc) };
  }
  const toc = /\.json$/i.test(path) ? parseTocJson(text, lines) : parseTocYaml(text, lines);
  const tree: Root = { type: 'root', children: [], data: { toc } };
  return { tree, summary: summaryOf(path, text, lines, toc) };
}

/** What the pre-scan refuses: a `TOC.md` as an article; the YAML and JSON parsers are linear (no pre-scan). */
export function refuseToc(text: string, path = ''): Problem | undefined {
  return isMarkdown(path) ? nestingProblem(text) : undefined;
}
