/**
 * The end of the pass: the summary and outline from what it collected, with reference-style
 * links resolved, heading ids issued over the headings that survived, tab groups numbered and
 * zones read.
 */
import { markMonikerZones, readContainerBlocks } from '../../parse/container-blocks.js';
import { HeadingIdAllocator } from '../../parse/heading-id.js';
import { misplacedFrontMatter, unclosedFrontMatter } from '../../parse/metadata.js';
import type { LineIndex } from '../../text/line-index.js';
import type { FileSummary, HeadingSummary, MarkdownOutline } from '../../types.js';
import { urlRangeIn } from '../url-range.js';
import type { Collected, Definition, PendingHeading, Siblings } from './pending.js';

/**
 * Number the tab groups as tabGroupsOf does on the tree: parents in document order (each parent
 * before what it contains), a tab heading starting a group among its siblings that runs up to a
 * thematic break; headings the DocFX layer dropped (in a video) are not there.
 */
export function numberTabGroups(blockLists: readonly Siblings[], kept: ReadonlySet<PendingHeading>): void {
  let next = 0;
  for (const list of blockLists) {
    let current: number | undefined;
    for (const item of list.tabItems ?? []) {
      if (item === 'break') current = undefined;
      else if (kept.has(item)) {
        if (item.tab) current ??= next++;
        if (current !== undefined) item.tabGroup = current;
      }
    }
  }
}

/** The summary and outline from what the pass collected: references resolved, heading ids issued, zones read. */
export function finish(
  summary: FileSummary,
  root: Collected,
  text: string,
  lines: LineIndex,
): { summary: FileSummary; outline: MarkdownOutline } {
  const definitions = new Map<string, Definition>();
  // CommonMark: the first definition of a label wins.
  for (const [identifier, definition] of root.definitions)
    if (!definitions.has(identifier)) definitions.set(identifier, definition);
  for (const pending of root.references) {
    const { reference } = pending;
    if (pending.identifier !== undefined) {
      const definition = definitions.get(pending.identifier);
      if (!definition) continue;
      reference.url = definition.url;
      pending.search = { definition: [definition.start, definition.end] };
    }
    if (!pending.resolved) {
      const urlRange = urlRangeIn(text, reference.url, reference.span, pending.search);
      if (urlRange) reference.urlRange = urlRange;
    }
    summary.references.push(reference);
  }
  const ids = new HeadingIdAllocator();
  for (const heading of root.headings) {
    // Markdig issues the auto id while parsing inlines, explicit id or not (see summariseMarkdown).
    const auto = ids.next(heading.text);
    const summaryHeading: HeadingSummary = {
      depth: heading.depth,
      text: heading.text,
      id: heading.tab ? undefined : (heading.explicitId ?? auto),
      span: heading.span,
    };
    if (heading.tabGroup !== undefined) summaryHeading.tabGroup = heading.tabGroup;
    summary.headings.push(summaryHeading);
  }
  summary.anchors = root.anchors;
  summary.directives = root.directives;
  summary.metadata ??= unclosedFrontMatter(text, lines) ?? misplacedFrontMatter(text, lines);
  if (text.includes('zone') || text.includes('moniker')) {
    const blocks = readContainerBlocks(text, root.skipped, lines);
    const pivots = blocks.zones.flatMap((zone) => (zone.pivot ? [zone.pivot] : []));
    if (pivots.length > 0) summary.zonePivots = pivots;
    // As summariseMarkdown: references inside a moniker range are not checked (`monikerZone`).
    markMonikerZones(summary.references, blocks.monikerZones);
  }
  const outline: MarkdownOutline = {
    altTexts: root.altTexts.flatMap((item): MarkdownOutline['altTexts'] =>
      'html' in item ? [item] : item.blank ? [{ span: item.span, target: item.target }] : [],
    ),
    blankLinks: root.blankLinks,
    pipeParagraphs: root.pipeParagraphs,
    tripleColons: root.tripleColons,
    skipped: root.skipped,
  };
  return { summary, outline };
}
