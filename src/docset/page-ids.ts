/**
 * The ids of a rendered page: its own heading ids and anchors, then those of the files it
 * includes. One walk serves the bookmark rule (is `#x` there?) and the language server (complete
 * `#`, go to the heading, rename it), so the editor offers exactly the ids the rule accepts.
 */
import { includedFiles } from './pages.js';
import type { AnchorSummary, DocsetView, HeadingSummary } from '../types.js';

/** One id of a page, and the element of which file gives it. */
export type PageElement = { id: string; file: string } & (
  { kind: 'heading'; heading: HeadingSummary } | { kind: 'anchor'; anchor: AnchorSummary }
);

/** What is known of the ids of a rendered page. */
export interface PageIds {
  /** Every id, or undefined when they cannot all be known. */
  ids: string[] | undefined;
  /** Unavailable dependent repositories the page includes from (why the ids are unknown, if so). */
  repositories: string[];
  /** The element of each id known, in document order, first occurrence only (also when `ids` is undefined). */
  elements: PageElement[];
}

const cache = new WeakMap<DocsetView, { generation: number | undefined; pages: Map<string, PageIds> }>();

/**
 * Every id of the page rendered from `file`, in document order without repeats: heading ids,
 * anchors, then (recursively, each file once) the ids of the files it includes. The ids are
 * unknown when the file has no summary (not Markdown, unreadable), is a structured FAQ, or
 * includes (directly or not) a file faq-lint cannot read: from a dependent repository that is
 * not available, a redirected path, a file that does not decode. A missing include is not such a
 * file: the build renders the page without it, so its ids are the page's without it.
 * Memoised per docset generation.
 */
export function pageIdsOf(docset: DocsetView, file: string): PageIds {
  let memo = cache.get(docset);
  if (!memo || memo.generation !== docset.generation)
    cache.set(docset, (memo = { generation: docset.generation, pages: new Map() }));
  const cached = memo.pages.get(file);
  if (cached) return cached;
  const answer = walkPage(docset, file);
  memo.pages.set(file, answer);
  return answer;
}

function walkPage(docset: DocsetView, file: string): PageIds {
  const summary = docset.summary(file);
  // No summary, or a structured FAQ: how Learn gives its questions ids is not established, so
  // every bookmark into it (or written inside it) is accepted (see rules/faq/faq-schema.md).
  if (!summary || summary.kind === 'faq-yaml') return { ids: undefined, repositories: [], elements: [] };
  let complete = true;
  const repositories: string[] = [];
  const elements = new Map<string, PageElement>();
  const visited = new Set<string>();
  const pending = [file];
  while (pending.length > 0) {
    const current = pending.shift()!;
    if (visited.has(current)) continue; // include cycles and repeated includes
    visited.add(current);
    const summary = docset.summary(current);
    if (!summary) {
      complete = false; // an included file that cannot be read
      continue;
    }
    for (const heading of summary.headings) {
      if (heading.id !== undefined && !elements.has(heading.id))
        elements.set(heading.id, { id: heading.id, file: current, kind: 'heading', heading });
    }
    for (const anchor of summary.anchors)
      if (!elements.has(anchor.id)) elements.set(anchor.id, { id: anchor.id, file: current, kind: 'anchor', anchor });
    const included = includedFiles(docset, current);
    if (included.opaque) complete = false;
    for (const repository of included.repositories)
      if (!repositories.includes(repository)) repositories.push(repository);
    for (const next of included.files) pending.push(next);
  }
  return {
    ids: complete && repositories.length === 0 ? [...elements.keys()] : undefined,
    repositories,
    elements: [...elements.values()],
  };
}

/** The ids of the page rendered from `file`, or undefined when they cannot all be known (see `pageIdsOf`). */
export function pageIds(docset: DocsetView, file: string): string[] | undefined {
  return pageIdsOf(docset, file).ids;
}
