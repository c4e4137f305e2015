/**
 * Go to definition (a link or include to its file, a bookmark to its heading or anchor), hover
 * (the target's title and heading) and find references (every link to a heading in the docset).
 */
import path from 'node:path';
import { MarkupKind, type Hover, type Location, type Position } from 'vscode-languageserver/node';
import { LineIndex } from '../text/line-index.js';
import { printable } from '../text/printable.js';
import { hostPages } from '../docset/pages.js';
import type { LintSession, SessionFile } from '../engine/session.js';
import type { FileSummary, HeadingSummary } from '../types.js';
import { linksTo } from './bookmark-links.js';
import { describe } from './completion.js';
import { pathToUri } from './documents.js';
import { headingOnLine } from './headings.js';
import { elementLocation, elementOf, referenceAt, spanRange, targetOf } from './targets.js';

/** Where the reference at the cursor goes: its heading or anchor for a bookmark, else the top of its file. */
export function definitionAt(file: SessionFile, position: Position): Location | null {
  const reference = referenceAt(file.summary, position);
  if (!reference) return null;
  const target = targetOf(file, reference);
  if (!target) return null;
  const element = elementOf(file.docset, target);
  if (element) return elementLocation(file.docset, element);
  if (!target.file) return null;
  return {
    uri: pathToUri(path.join(file.docset.root, target.file)),
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
  };
}

/** The page title: `title` metadata, else the first H1. */
function titleOf(summary: FileSummary | undefined): string | undefined {
  const title = summary?.metadata?.entries.find((entry) => entry.key === 'title')?.value;
  if (typeof title === 'string' && title.trim() !== '') return title.trim();
  return summary?.headings.find((heading) => heading.depth === 1)?.text;
}

/**
 * The target of the reference at the cursor: its title and path, and the heading a bookmark names;
 * `note` (the index is not complete) last.
 */
export function hoverAt(file: SessionFile, position: Position, note?: string): Hover | null {
  const reference = referenceAt(file.summary, position);
  if (!reference) return null;
  const target = targetOf(file, reference);
  if (!target || (!target.file && target.fragment === undefined)) return null;
  const lines: string[] = [];
  const page = target.file ?? target.pages[0];
  if (page !== undefined) {
    const title = titleOf(file.docset.summary(page));
    lines.push(title ? `**${escapeMarkdown(title)}**  \n${code(page)}` : code(page));
  }
  if (target.fragment !== undefined) {
    const element = elementOf(file.docset, target);
    lines.push(
      element
        ? `${code(`#${target.fragment}`)}: ${escapeMarkdown(describe(element))}${element.file === page ? '' : ` (from ${code(element.file)})`}`
        : `${code(`#${target.fragment}`)}: no heading or anchor has this id`,
    );
  }
  if (note) lines.push(`_${escapeMarkdown(note)}._`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') }, range: spanRange(reference.span) };
}

/** A path or id from a file as a Markdown code span (printable; backticks cannot end it early). */
const code = (text: string): string => {
  const safe = printable(text);
  const fence = safe.includes('`') ? '`` ' : '`';
  return `${fence}${safe}${fence === '`' ? '`' : ' ``'}`;
};

/** Text from a file, safe in a Markdown hover: control and bidi characters escaped, Markdown syntax too. */
const escapeMarkdown = (text: string): string => printable(text).replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);

/** The heading (and its file) the cursor names: one under the cursor, or the target of a bookmark link. */
export function headingAt(
  file: SessionFile,
  position: Position,
): { file: string; heading: HeadingSummary } | undefined {
  const own = file.summary && headingOnLine(file.summary, position.line + 1);
  if (own) return { file: file.relative, heading: own };
  const reference = referenceAt(file.summary, position);
  const target = reference && targetOf(file, reference);
  const element = target && elementOf(file.docset, target);
  return element?.kind === 'heading' ? { file: element.file, heading: element.heading } : undefined;
}

/** Every link to the heading at the cursor, across the docset (and the heading itself when asked). */
export function referencesAt(
  session: LintSession,
  file: SessionFile,
  position: Position,
  includeDeclaration: boolean,
): Location[] {
  const found = headingAt(file, position);
  if (!found?.heading.id) return [];
  const { docset } = file;
  const locations: Location[] = [];
  if (includeDeclaration)
    locations.push({ uri: pathToUri(path.join(docset.root, found.file)), range: spanRange(found.heading.span) });
  const lines = new Map<string, LineIndex>();
  for (const link of linksTo(session, docset, hostPages(docset, found.file), new Set([found.heading.id]))) {
    const uri = pathToUri(link.absolute);
    if (!link.idRange) {
      locations.push({ uri, range: spanRange(link.reference.span) });
      continue;
    }
    let index = lines.get(link.absolute);
    if (!index) lines.set(link.absolute, (index = new LineIndex(session.text(link.absolute) ?? '')));
    const [start, end] = link.idRange;
    locations.push({ uri, range: spanRange(index.span(start, end)) });
  }
  return locations;
}
