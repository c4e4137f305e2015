/**
 * Rename a heading: its text, and every link to its id across the docset, as one workspace edit.
 * A new text can change more ids than its own: renaming the first of two "Setup" headings frees
 * `setup`, so the second one's id moves from `setup-1` to `setup`, and links to it follow. The
 * new ids are found the way they are made, by summarising the file with the new text.
 */
import path from 'node:path';
import type { Position, Range } from 'vscode-languageserver/node';
import { pageIdsOf, type PageElement } from '../docset/page-ids.js';
import { hostPages } from '../docset/pages.js';
import type { LintSession, SessionFile } from '../engine/session.js';
import { fileKindOf } from '../source/file-kinds.js';
import { PARSERS } from '../summary/parse-file.js';
import { LineIndex } from '../text/line-index.js';
import { headingContentRange } from '../text/heading-range.js';
import { printable } from '../text/printable.js';
import { spanRange } from './targets.js';
import type { HeadingSummary } from '../types.js';
import { linksTo } from './bookmark-links.js';
import { headingsWithGivenIds } from './headings.js';
import { headingAt } from './navigation.js';

/** A rename that cannot be done, with the sentence that says why. */
export class RenameRefused extends Error {}

/** An edit of one file: offsets into its current text. */
export interface FileEdit {
  absolute: string;
  range: [number, number];
  text: string;
}

/** The heading to rename at the cursor, with the range of its text in its file and that text. */
export interface RenameTarget {
  absolute: string;
  heading: HeadingSummary;
  /** [start, end) offsets of the heading's text in its file. */
  content: [number, number];
  placeholder: string;
}

/** The heading at the cursor (or named by the bookmark there) if it can be renamed; throws RenameRefused saying why not. */
export function renameTarget(session: LintSession, file: SessionFile, position: Position): RenameTarget {
  const found = headingAt(file, position);
  if (!found) throw new RenameRefused('Rename works on a heading, or on a bookmark (#id) that names a heading.');
  const absolute = path.join(file.docset.root, found.file);
  const summary = session.file(absolute)?.summary;
  if (!summary || summary.kind !== 'markdown')
    throw new RenameRefused('Only headings of Markdown files can be renamed.');
  const { heading } = found;
  if (heading.id === undefined)
    throw new RenameRefused(`'${printable(heading.text)}' is a tab heading: it has no id to rename.`);
  if ([...headingsWithGivenIds(summary)].some((h) => h.span.start.offset === heading.span.start.offset)) {
    throw new RenameRefused(
      `The id '${printable(heading.id)}' is given by an <a name> anchor, not made from the heading's text: renaming the heading would not change it. Edit the anchor instead.`,
    );
  }
  const text = session.text(absolute);
  if (text === undefined) throw new RenameRefused(`Cannot read ${printable(found.file)}.`);
  const content = headingContentRange(text, heading.span);
  return { absolute, heading, content, placeholder: text.slice(content[0], content[1]) };
}

/** The range of the heading text, in the file the cursor is in (for prepareRename); undefined when the heading is elsewhere. */
export function placeholderRange(file: SessionFile, target: RenameTarget, text: string): Range | undefined {
  if (target.absolute !== file.absolute) return undefined;
  const lines = new LineIndex(text);
  return spanRange(lines.span(target.content[0], target.content[1]));
}

/**
 * The edits of renaming the heading to `newName`: its text, and each link whose id changes (its
 * own, and the `-1` suffixes that shift). Throws RenameRefused for a new name that is not one line.
 */
export function renameEdits(
  session: LintSession,
  file: SessionFile,
  target: RenameTarget,
  newName: string,
): FileEdit[] {
  if (newName.trim() === '' || /[\r\n]/.test(newName))
    throw new RenameRefused('A heading is one line of text: give a non-empty name without line breaks.');
  const relative = file.docset.relative(target.absolute);
  const text = session.text(target.absolute)!;
  const renamed = text.slice(0, target.content[0]) + newName + text.slice(target.content[1]);
  const before = session.file(target.absolute)!.summary!.headings;
  const after = PARSERS[fileKindOf(relative, renamed)!].parse(relative, renamed).summary.headings;
  if (after.length !== before.length)
    throw new RenameRefused(
      `'${printable(newName)}' would change the document's structure; rename to plain heading text.`,
    );
  const newIds = new Map<string, string>();
  before.forEach((heading, i) => {
    const id = after[i]!.id;
    if (heading.id !== undefined && id !== undefined && heading.id !== id) newIds.set(heading.id, id);
  });
  const edits: FileEdit[] = [{ absolute: target.absolute, range: target.content, text: newName }];
  const pages = hostPages(file.docset, relative);
  // Only ids these headings give their pages: an earlier element with the same id (an anchor, an include) keeps it.
  for (const id of newIds.keys()) {
    if (
      !pages.every((page) =>
        isOwnId(
          pageIdsOf(file.docset, page).elements.find((element) => element.id === id),
          relative,
        ),
      )
    )
      newIds.delete(id);
  }
  if (newIds.size === 0) return edits;
  for (const link of linksTo(session, file.docset, pages, new Set(newIds.keys()))) {
    // A URL not written verbatim (escapes, entities) is left alone: no offsets to rewrite.
    if (link.idRange) edits.push({ absolute: link.absolute, range: link.idRange, text: newIds.get(link.id)! });
  }
  return edits;
}

const isOwnId = (element: PageElement | undefined, file: string): boolean =>
  element?.kind === 'heading' && element.file === file;
