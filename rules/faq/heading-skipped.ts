/**
 * heading-skipped: a heading more than one level deeper than the heading before it (H2 to H4),
 * in the page's outline as the Learn build renders it: the headings of block includes take their
 * place in it, a tab heading (`### [CLI](#tab/cli)`) is the parent of the headings of its tab,
 * and the outline is not judged across an include faq-lint cannot read.
 */
import { includedFiles } from '../../src/docset/pages.js';
import { resolveLink } from '../../src/docset/resolve-link.js';
import type { DocsetView, ReferenceSummary, Span } from '../../src/types.js';
import { defineRule } from '../define.js';

/** One entry of a page's outline: a heading (own, or from an include), or a gap. */
type OutlineItem =
  | {
      kind: 'heading';
      depth: number;
      text: string;
      /** Where the heading is written, in `file`. */
      span: Span;
      /** The file the heading is written in. */
      file: string;
      /** True for a tab heading: a tab title, not a heading of the outline. */
      tab: boolean;
      /** The tab group it belongs to (file-qualified), if any. */
      group: string | undefined;
      /** The top-level include it comes through, undefined for the page's own headings. */
      via: ReferenceSummary | undefined;
    }
  /** An include faq-lint cannot read (an unavailable repository, a redirected path, an unreadable file). */
  | { kind: 'gap' };

type HeadingItem = Extract<OutlineItem, { kind: 'heading' }>;

/** The outline of `file` with its block includes expanded in place (each file once per path: cycles cut). */
function outlineOf(
  docset: DocsetView,
  file: string,
  via: ReferenceSummary | undefined,
  stack: readonly string[],
): OutlineItem[] {
  const summary = docset.summary(file);
  if (!summary || summary.kind !== 'markdown') return [{ kind: 'gap' }];
  const included = new Set(includedFiles(docset, file).files);
  const entries: { offset: number; items: () => OutlineItem[] }[] = [];
  for (const h of summary.headings) {
    const group = h.tabGroup === undefined ? undefined : `${file}#${h.tabGroup}`;
    const item: OutlineItem = {
      kind: 'heading',
      depth: h.depth,
      text: h.text.trim(),
      span: h.span,
      file,
      tab: h.id === undefined,
      group,
      via,
    };
    entries.push({ offset: h.span.start.offset, items: () => [item] });
  }
  for (const reference of summary.references) {
    if (reference.kind !== 'include' || !reference.block) continue;
    const destination = resolveLink(reference.url, { from: file });
    const target = destination.kind === 'file' || destination.kind === 'outside' ? destination.path : undefined;
    if (target === undefined) continue;
    const readable = destination.kind === 'file' && included.has(target);
    const unreadable =
      docset.unavailableRepositoryOf(target) !== undefined ||
      (destination.kind === 'file' && docset.redirectionOf(target) !== undefined);
    // A missing include renders as nothing (include-not-found); an unreadable one hides its headings.
    if (!readable && !unreadable) continue;
    entries.push({
      offset: reference.span.start.offset,
      items: () =>
        readable && !stack.includes(target)
          ? outlineOf(docset, target, via ?? reference, [...stack, target])
          : readable
            ? []
            : [{ kind: 'gap' }],
    });
  }
  return entries.sort((a, b) => a.offset - b.offset).flatMap((entry) => entry.items());
}

const level = (item: HeadingItem): string => `H${item.depth}`;

/** How a heading is named in a message: own headings by line, included ones by text and file. */
function named(item: HeadingItem, withText: boolean): string {
  if (!item.via) return withText ? `the ${level(item)} at line ${item.span.start.line}` : level(item);
  const where = `'${item.text}' of '${item.file}'`;
  return withText
    ? `the ${level(item)} ${where} (included at line ${item.via.span.start.line})`
    : `${level(item)} ${where}`;
}

/** Where the heading before a skip is, for the finding's detail. */
function whereIs(item: HeadingItem): string {
  if (!item.via) return `the ${level(item)} is at line ${item.span.start.line}`;
  return `the ${level(item)} is '${item.text}' of '${item.file}' (included at line ${item.via.span.start.line})`;
}

export const headingSkipped = defineRule({
  meta: {
    id: 'heading-skipped',
    family: 'faq',
    description: 'A heading skips a level (an H4 right after an H2)',
    severity: 'warn',
    messages: { skipped: 'Heading level skipped: {{heading}} after {{previous}}' },
  },
  checkDocset({ path: file, summary, docset, report }) {
    if (summary.kind !== 'markdown') return;
    let previous: HeadingItem | undefined;
    /** The tab group being read: the heading before it, the current tab's depth, and the last heading in that tab. */
    let group:
      { key: string; before: HeadingItem | undefined; tabDepth: number; last: HeadingItem | undefined } | undefined;
    for (const item of outlineOf(docset, file, undefined, [file])) {
      if (item.kind === 'gap') {
        previous = undefined;
        group = undefined;
        continue;
      }
      if (item.tab) {
        // Each tab is read on its own, from the heading before its group (docfx TabGroupAggregator);
        // tab groups that follow one another share that heading: their tabs are different views.
        const before: HeadingItem | undefined = group ? group.before : previous;
        group = { key: item.group ?? '', before, tabDepth: item.depth, last: before };
        continue;
      }
      const inTab = group !== undefined && item.group === group.key;
      if (!inTab) group = undefined;
      const before = inTab ? group!.last : previous;
      // In a tab, the tab heading is the parent of its headings (an H4 under an H3 tab is right).
      const skipped =
        before !== undefined && item.depth > before.depth + 1 && !(inTab && item.depth <= group!.tabDepth + 1);
      // A skip between two headings of one include is that include's to report, where it is linted.
      if (skipped && (!item.via || before.via !== item.via)) {
        report({
          messageId: 'skipped',
          data: { heading: named(item, false), previous: level(before) },
          detail: `${whereIs(before)}; use H${before.depth + 1}`,
          span: item.via ? item.via.span : item.span,
        });
      }
      previous = item;
      if (inTab) group!.last = item;
    }
  },
});
