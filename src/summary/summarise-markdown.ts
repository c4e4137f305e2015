/**
 * Summarise a parsed Markdown article: metadata, headings with Learn ids, anchors, references
 * and inline directives. A pure function of the tree and text: it runs in workers and is cached.
 */
import type { Definition, Heading, Html, Node, Root, Yaml } from 'mdast';
import type { DocfxTripleColon } from '../parse/docfx-nodes.js';
import { markMonikerZones, readContainerBlocks } from '../parse/container-blocks.js';
import { parseDirective } from '../parse/directives.js';
import {
  explicitHeadingId,
  headingPlainText,
  HeadingIdAllocator,
  isTabHeading,
  tabGroupsOf,
} from '../parse/heading-id.js';
import { scanHtml } from '../parse/html.js';
import { frontMatterSummary, misplacedFrontMatter, unclosedFrontMatter } from '../parse/metadata.js';
import { nodeSpan } from '../parse/positions.js';
import type { LineIndex } from '../text/line-index.js';
import { walk } from '../parse/walk.js';
import type { FileSummary, MetadataSummary, ReferenceKind, ReferenceSummary } from '../types.js';
import { codeProblem, imageRefused, readTripleColonOpening } from '../parse/triple-colon-attributes.js';
import { urlRangeOf } from './url-range.js';

/** Triple-colon attributes that name a file or a link target, and the reference kind of each. */
const TRIPLE_COLON_REFERENCES: Record<string, Record<string, ReferenceKind>> = {
  image: { source: 'docfx-image', lightbox: 'docfx-image', link: 'docfx-image-link' },
  code: { source: 'docfx-code' },
};

export function summariseMarkdown(path: string, text: string, tree: Root, lines: LineIndex): FileSummary {
  const summary: FileSummary = {
    path,
    kind: 'markdown',
    metadata: undefined,
    headings: [],
    anchors: [],
    references: [],
    directives: [],
    lineCount: lines.lineCount,
    length: text.length,
  };
  const definitions = new Map<string, Definition>();
  walk(tree, (node) => {
    // CommonMark: the first definition of a label wins.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const ids = new HeadingIdAllocator();
  // Most articles have no tab group: skip the walk that finds them.
  const tabGroups = text.includes('(#tab/') ? tabGroupsOf(tree) : new Map<Heading, number>();
  const push = (reference: ReferenceSummary, node?: Node, definition?: Definition): void => {
    const urlRange = urlRangeOf(text, reference.url, reference.span, node, definition);
    if (urlRange) reference.urlRange = urlRange;
    summary.references.push(reference);
  };
  const add = (
    kind: ReferenceKind,
    url: string,
    node: Node,
    extra: Partial<ReferenceSummary> = {},
    definition?: Definition,
  ): void => {
    const span = nodeSpan(node);
    if (span) push({ kind, url, span, ...extra }, node, definition);
  };
  const addTripleColon = (directive: DocfxTripleColon): void => {
    // The build renders no refused :::image or :::code (invalid-image, invalid-code), so it checks none of their files.
    if (directive.name === 'image' || directive.name === 'code') {
      const opening = readTripleColonOpening(text, directive.position?.start.offset ?? 0, true);
      if (opening && (directive.name === 'image' ? imageRefused(opening) : codeProblem(opening) !== undefined)) return;
    }
    for (const [attribute, kind] of Object.entries(TRIPLE_COLON_REFERENCES[directive.name] ?? {})) {
      const range = directive.attributeOffsets[attribute];
      const value = directive.attributes[attribute];
      if (range && value !== undefined) push({ kind, url: value, span: lines.span(range[0], range[1]) });
    }
  };

  walk(tree, (node) => {
    switch (node.type) {
      case 'yaml':
        summary.metadata = frontMatter(node, text, lines);
        return 'skip';
      case 'heading': {
        const heading = node;
        const span = nodeSpan(heading)!;
        const plain = headingPlainText(heading);
        // Markdig issues the auto id while parsing inlines; docfx's heading-id rewriter and tab
        // groups change the heading afterwards, so the auto id is consumed in every case.
        const auto = ids.next(plain);
        const id = isTabHeading(heading) ? undefined : (explicitHeadingId(heading) ?? auto);
        const tabGroup = tabGroups.get(heading);
        summary.headings.push({
          depth: heading.depth,
          text: plain,
          id,
          span,
          ...(tabGroup === undefined ? {} : { tabGroup }),
        });
        return;
      }
      case 'link': {
        const link = node;
        const autolink = text[nodeSpan(node)?.start.offset ?? 0] === '<';
        add(autolink ? 'autolink' : 'link', link.url, node);
        return;
      }
      case 'image':
        add('image', node.url, node);
        return;
      case 'linkReference':
      case 'imageReference': {
        const definition = definitions.get(node.identifier);
        if (definition)
          add(
            node.type === 'linkReference' ? 'reference-link' : 'reference-image',
            definition.url,
            node,
            {},
            definition,
          );
        return;
      }
      case 'docfxInclude': {
        const include = node;
        add('include', include.url, node, { block: include.block });
        return 'skip';
      }
      case 'docfxTripleColon':
        addTripleColon(node);
        return;
      case 'paragraph':
        for (const directive of node.data?.docfxInline ?? []) addTripleColon(directive);
        return;
      case 'docfxVideo':
        add('video', node.url, node);
        return;
      case 'docfxDiv': {
        const id = node.attributes.id;
        const span = nodeSpan(node);
        if (id && span) summary.anchors.push({ id, span, source: 'div' });
        return;
      }
      case 'docfxAnchor': {
        const span = nodeSpan(node);
        if (span) summary.anchors.push({ id: node.id, span, source: 'html' });
        return;
      }
      case 'html':
        summariseHtml(node, text, lines, summary);
        return;
      default:
        return;
    }
  });
  summary.metadata ??= unclosedFrontMatter(text, lines) ?? misplacedFrontMatter(text, lines);
  if (text.includes('zone') || text.includes('moniker')) {
    const blocks = readContainerBlocks(text, tree, lines);
    const pivots = blocks.zones.flatMap((zone) => (zone.pivot ? [zone.pivot] : []));
    if (pivots.length > 0) summary.zonePivots = pivots;
    // References inside a moniker range get `monikerZone: true` (their targets are not checked):
    // the build drops a range the page's versions do not share before it resolves links.
    markMonikerZones(summary.references, blocks.monikerZones);
  }
  return summary;
}

function frontMatter(node: Yaml, text: string, lines: LineIndex): MetadataSummary {
  const span = nodeSpan(node)!;
  // The value starts after the opening fence's line ending, which may be CRLF, LF or a lone CR.
  const opening = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text.slice(span.start.offset, span.start.offset + 64));
  const contentStart = opening ? span.start.offset + opening[0].length : span.end.offset;
  return frontMatterSummary(node.value, contentStart, span, lines);
}

/** Offset in the file of `index` within an html node's value (values of nested blocks lose `> `). */
export function htmlFileOffset(node: Html, index: number, text: string): number {
  const start = node.position?.start.offset ?? 0;
  if (text.startsWith(node.value, start)) return start + index;
  // The end of the value: one past its last character (an empty needle would match anywhere).
  if (index > 0 && index >= node.value.length) return htmlFileOffset(node, index - 1, text) + 1;
  const needle = node.value.slice(index, index + 40);
  const found = needle ? text.indexOf(needle, start) : -1;
  return found === -1 ? start : found;
}

function summariseHtml(node: Html, text: string, lines: LineIndex, summary: FileSummary): void {
  if (!node.value.includes('<')) return;
  const { tags, comments } = scanHtml(node.value);
  for (const comment of comments) {
    const directive = parseDirective(comment.body);
    if (directive)
      summary.directives.push({
        ...directive,
        span: lines.span(htmlFileOffset(node, comment.start, text), htmlFileOffset(node, comment.end, text)),
      });
  }
  for (const tag of tags) {
    if (tag.closing) continue;
    for (const attribute of tag.attributes) {
      const span = (): ReturnType<LineIndex['span']> =>
        lines.span(htmlFileOffset(node, attribute.valueStart, text), htmlFileOffset(node, attribute.valueEnd, text));
      if (attribute.name === 'id' || attribute.name === 'name') {
        if (attribute.value !== '') summary.anchors.push({ id: attribute.value, span: span(), source: 'html' });
      } else if ((attribute.name === 'href' && tag.name === 'a') || (attribute.name === 'src' && tag.name === 'img')) {
        const reference: ReferenceSummary = {
          kind: tag.name === 'a' ? 'html-a' : 'html-img',
          url: attribute.value,
          span: span(),
        };
        const urlRange = urlRangeOf(text, attribute.value, reference.span);
        if (urlRange) reference.urlRange = urlRange;
        summary.references.push(reference);
      }
    }
  }
}
