/**
 * What a reference at the cursor points to, as the link rules resolve it: the pages and the
 * bookmark, the element (heading or anchor) that has the id, and where things are in the editor.
 */
import path from 'node:path';
import type { Location, Position, Range } from 'vscode-languageserver/node';
import type { Docset } from '../docset/docset.js';
import { pageIdsOf, type PageElement } from '../docset/page-ids.js';
import { hostPages } from '../docset/pages.js';
import { resolveLink } from '../docset/resolve-link.js';
import type { SessionFile } from '../engine/session.js';
import type { FileSummary, ReferenceSummary, Span } from '../types.js';
import { pathToUri } from './documents.js';

/** True when a 0-based position is inside a span (1-based; its end included, where the cursor stands after typing). */
export function spanContains(span: Span, position: Position): boolean {
  const line = position.line + 1;
  const column = position.character + 1;
  if (line < span.start.line || line > span.end.line) return false;
  if (line === span.start.line && column < span.start.column) return false;
  if (line === span.end.line && column > span.end.column) return false;
  return true;
}

/** The LSP range of a span. */
export function spanRange(span: Span): Range {
  return {
    start: { line: span.start.line - 1, character: span.start.column - 1 },
    end: { line: span.end.line - 1, character: span.end.column - 1 },
  };
}

/** The innermost reference at the cursor. */
export function referenceAt(summary: FileSummary | undefined, position: Position): ReferenceSummary | undefined {
  let best: ReferenceSummary | undefined;
  for (const reference of summary?.references ?? []) {
    if (!spanContains(reference.span, position)) continue;
    if (!best || reference.span.start.offset >= best.span.start.offset) best = reference;
  }
  return best;
}

/** Where a reference goes: the file (if it exists), the pages a bookmark is looked for in, the bookmark. */
export interface Target {
  /** The docset file named, when it exists (undefined for `#x` and for what does not exist). */
  file: string | undefined;
  /** The pages whose ids the bookmark is one of. */
  pages: string[];
  /** The bookmark, decoded and trimmed; undefined when there is none. */
  fragment: string | undefined;
}

/** Resolve a reference written in `file` (undefined: external, xref, outside the docset). */
export function targetOf(file: SessionFile, reference: ReferenceSummary): Target | undefined {
  const destination = resolveLink(reference.url, { from: file.relative, sitePrefixes: file.sitePrefixes });
  const { docset } = file;
  if (destination.kind === 'bookmark')
    return { file: undefined, pages: hostPages(docset, file.relative), fragment: destination.fragment || undefined };
  if (destination.kind === 'file') {
    const exists = docset.hasFile(destination.path);
    return {
      file: exists ? destination.path : undefined,
      pages: exists ? [destination.path] : [],
      fragment: destination.fragment || undefined,
    };
  }
  if (destination.kind === 'site') {
    for (const candidate of destination.candidates ?? []) {
      const found = docset.hasFile(candidate) ? candidate : docset.caseVariants(candidate)[0];
      if (found) return { file: found, pages: [found], fragment: destination.fragment || undefined };
    }
  }
  return undefined;
}

/** The element with the bookmark's id on the first of the pages that has one. */
export function elementOf(docset: Docset, target: Target): PageElement | undefined {
  if (target.fragment === undefined) return undefined;
  for (const page of target.pages) {
    const element = pageIdsOf(docset, page).elements.find((e) => e.id === target.fragment);
    if (element) return element;
  }
  return undefined;
}

/** Where an element stands. */
export function elementLocation(docset: Docset, element: PageElement): Location {
  const span = element.kind === 'heading' ? element.heading.span : element.anchor.span;
  return { uri: pathToUri(path.join(docset.root, element.file)), range: spanRange(span) };
}
