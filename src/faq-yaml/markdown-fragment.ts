/**
 * A piece of Markdown inside a structured FAQ (`summary`, an `answer`, `additionalContent`):
 * parsed with the article pipeline from the decoded scalar, summarised, then every position
 * moved to its place in the `.yml` file through the scalar's position map.
 */
import type { RootContent } from 'mdast';
import { nestingProblem, TooComplexError } from '../parse/complexity.js';
import { parseMarkdown } from '../parse/markdown.js';
import { LineIndex } from '../text/line-index.js';
import { walk } from '../parse/walk.js';
import { summariseMarkdown } from '../summary/summarise-markdown.js';
import type { FileSummary, ReferenceSummary, Span } from '../types.js';
import { toFileRange, type ScalarMap } from './scalar-map.js';
import { isOnlyCommentsAndSpace } from '../text/linear.js';

/** What a fragment adds to the file: its blocks for the synthetic tree and its summary parts. */
export interface Fragment {
  /** Top-level blocks, positions in the file. */
  nodes: RootContent[];
  summary: Pick<FileSummary, 'headings' | 'anchors' | 'references' | 'directives'>;
  /** True when the fragment has nothing but whitespace and HTML comments. */
  blank: boolean;
}

/** Parse and summarise the Markdown of one scalar; `fileLines` indexes the whole `.yml` file. */
export function parseFragment(path: string, map: ScalarMap, fileLines: LineIndex): Fragment {
  // The pre-scan of an article, for this piece of Markdown: its blocks are not the file's.
  const problem = nestingProblem(map.value);
  if (problem)
    throw new TooComplexError({
      message: problem.message,
      detail: `in the Markdown that starts at line ${fileLines.point(toFileRange(map, 0, 0)[0]).line}, ${problem.detail}`,
    });
  const valueLines = new LineIndex(map.value);
  const tree = parseMarkdown(map.value, valueLines);
  const local = summariseMarkdown(path, map.value, tree, valueLines);
  const toFile = (span: Span): Span => fileLines.span(...toFileRange(map, span.start.offset, span.end.offset));
  // A URL's place for fixes, moved into the `.yml`: only where the file holds the URL verbatim
  // (a quoted scalar with escapes in the URL gets no fix).
  const urlRangeInFile = (reference: ReferenceSummary): [number, number] | undefined => {
    if (!reference.urlRange) return undefined;
    const range = toFileRange(map, ...reference.urlRange);
    return fileLines.text.slice(range[0], range[1]) === reference.url.trim() ? range : undefined;
  };
  // Ids of headings in a structured FAQ are not established (the page is rendered by a private
  // template): headings are kept for their positions, with no id.
  const summary: Fragment['summary'] = {
    headings: local.headings.map((h) => ({ ...h, id: undefined, span: toFile(h.span) })),
    anchors: local.anchors.map((a) => ({ ...a, span: toFile(a.span) })),
    references: local.references.map((r) => {
      const urlRange = urlRangeInFile(r);
      const moved: ReferenceSummary = { ...r, span: toFile(r.span) };
      if (urlRange) moved.urlRange = urlRange;
      else delete moved.urlRange;
      return moved;
    }),
    directives: local.directives.map((d) => ({ ...d, span: toFile(d.span) })),
  };
  walk(tree, (node) => {
    if (node.position) {
      const [start, end] = toFileRange(map, node.position.start.offset ?? 0, node.position.end.offset ?? 0);
      const span = fileLines.span(start, end);
      node.position = { start: span.start, end: span.end };
    }
    if (node.type === 'docfxTripleColon') {
      for (const [name, [from, to]] of Object.entries(node.attributeOffsets))
        node.attributeOffsets[name] = toFileRange(map, from, to);
    }
  });
  const nodes = tree.children.filter((n) => n.type !== 'yaml');
  return { nodes, summary, blank: isOnlyCommentsAndSpace(map.value) };
}
