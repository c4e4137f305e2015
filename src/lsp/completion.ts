/**
 * Completion of docset paths (relative to the file, or from the docset root after `~/`) and of
 * the Learn ids of a page after `#`: the ids the bookmark rule accepts, each with its heading
 * text, including `<a name>` ids, `-1` suffixes of repeated headings and ids from includes.
 */
import path from 'node:path';
import {
  CompletionItemKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver/node';
import { pageIdsOf, type PageElement } from '../docset/page-ids.js';
import { hostPages, isIncludeFile } from '../docset/pages.js';
import { resolveLink } from '../docset/resolve-link.js';
import { printable } from '../text/printable.js';
import type { SessionFile } from '../engine/session.js';
import { linkContextAt, type LinkContext, type PathFlavour } from './link-context.js';

const IMAGE = /\.(?:png|jpe?g|gif|svg|webp|bmp|ico)$/i;
const PAGE = /\.(?:md|yml)$/i;

/** Which files a path of this flavour may name, and how high each ranks (lower first). */
function rankOf(flavour: PathFlavour, name: string): number | undefined {
  switch (flavour) {
    case 'include':
      return /\.md$/i.test(name) ? 0 : undefined;
    case 'image':
      return IMAGE.test(name) ? 0 : undefined;
    case 'code':
      return PAGE.test(name) ? undefined : 0;
    case 'link':
      return PAGE.test(name) ? 0 : 2;
  }
}

/**
 * The completions at `position` of a file whose line there is `line`. `ready` false (the folder
 * is still being indexed): the list says it is incomplete, and a bookmark of this page inside an
 * include (whose pages are not all known yet) gets none.
 */
export function completionsAt(
  file: SessionFile | undefined,
  line: string,
  position: Position,
  ready: boolean,
): CompletionList | null {
  const context = linkContextAt(line, position.character);
  if (!context) return null;
  if (!file) return { isIncomplete: true, items: [] };
  const items =
    context.kind === 'path' ? pathItems(file, context, position) : bookmarkItems(file, context, position, ready);
  return { isIncomplete: !ready, items };
}

function pathItems(
  file: SessionFile,
  context: Extract<LinkContext, { kind: 'path' }>,
  position: Position,
): CompletionItem[] {
  const { typed, flavour } = context;
  const slash = typed.lastIndexOf('/');
  const folderTyped = typed.slice(0, slash + 1);
  const prefix = typed.slice(slash + 1);
  // Site-relative paths name URLs, not files.
  if (folderTyped.startsWith('/')) return [];
  const joined = folderTyped.startsWith('~/')
    ? folderTyped.slice(2)
    : path.posix.join(path.posix.dirname(file.relative), folderTyped);
  const folder = path.posix.normalize(joined || '.').replace(/\/$/, '');
  if (folder === '..' || folder.startsWith('../')) return [];
  const inFolder = folder === '.' ? '' : folder;
  const range = { start: { line: position.line, character: context.start + slash + 1 }, end: position };
  const hidden = (name: string): boolean => name.startsWith('.') && !prefix.startsWith('.');
  const { files, folders } = file.docset.children(inFolder);
  const items: CompletionItem[] = [];
  if (typed === '' || typed === '~')
    items.push({
      label: '~/',
      kind: CompletionItemKind.Folder,
      detail: 'the docset root',
      sortText: '3~',
      textEdit: { range: { start: { line: position.line, character: context.start }, end: position }, newText: '~/' },
    });
  if (inFolder !== '' && !folderTyped.startsWith('~/') && /^(?:\.\.\/)*$/.test(folderTyped))
    items.push({
      label: '../',
      kind: CompletionItemKind.Folder,
      sortText: '1../',
      textEdit: { range, newText: '../' },
    });
  for (const name of folders) {
    if (hidden(name)) continue;
    items.push({
      label: `${printable(name)}/`,
      kind: CompletionItemKind.Folder,
      sortText: `1${name}`,
      textEdit: { range, newText: `${name}/` },
    });
  }
  const self = path.posix.basename(file.relative);
  for (const name of files) {
    const rank = rankOf(flavour, name);
    if (
      rank === undefined ||
      hidden(name) ||
      (inFolder === path.posix.dirname(file.relative).replace(/^\.$/, '') && name === self)
    )
      continue;
    items.push({
      label: printable(name),
      kind: CompletionItemKind.File,
      sortText: `${rank}${name}`,
      textEdit: { range, newText: name },
    });
  }
  return items;
}

/** The pages a bookmark names: this page (the pages showing it, for an include), or the file or site path before `#`. */
function pagesOf(file: SessionFile, target: string): string[] {
  if (target === '') return hostPages(file.docset, file.relative);
  const destination = resolveLink(`${target}#`, { from: file.relative, sitePrefixes: file.sitePrefixes });
  if (destination.kind === 'file') return file.docset.hasFile(destination.path) ? [destination.path] : [];
  if (destination.kind === 'site') {
    for (const candidate of destination.candidates ?? []) {
      const found = file.docset.hasFile(candidate) ? candidate : file.docset.caseVariants(candidate)[0];
      if (found) return [found];
    }
  }
  return [];
}

function bookmarkItems(
  file: SessionFile,
  context: Extract<LinkContext, { kind: 'bookmark' }>,
  position: Position,
  ready: boolean,
): CompletionItem[] {
  // An include's own bookmarks belong to the pages showing it, not all known before the index is.
  if (!ready && context.path === '' && isIncludeFile(file.relative)) return [];
  const range = { start: { line: position.line, character: context.start }, end: position };
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const page of pagesOf(file, context.path)) {
    pageIdsOf(file.docset, page).elements.forEach((element, index) => {
      // An id with control or bidi characters (an HTML id="...") is not offered: it would be
      // inserted as something other than what the list shows.
      if (seen.has(element.id) || printable(element.id) !== element.id) return;
      seen.add(element.id);
      items.push({
        label: element.id,
        kind: element.kind === 'heading' ? CompletionItemKind.Reference : CompletionItemKind.Constant,
        detail: printable(describe(element)),
        labelDetails: element.file === page ? undefined : { description: printable(element.file) },
        sortText: String(index).padStart(6, '0'),
        textEdit: { range, newText: element.id },
      });
    });
  }
  return items;
}

/** What an id belongs to: the heading (with its level) or the anchor. */
export function describe(element: PageElement): string {
  if (element.kind === 'heading') return `${'#'.repeat(element.heading.depth)} ${element.heading.text}`;
  return element.anchor.source === 'div' ? `[!div id="${element.id}"]` : `HTML anchor "${element.id}"`;
}
