/**
 * Redirections as the Learn build reads them (docfx v3 `RedirectionProvider`): every
 * `*.openpublishing.redirection*.json` anywhere in the repository, each entry's `source_path`
 * relative to the folder of the file that declares it, `source_path_from_root` (leading `/`)
 * relative to the repository root. A link to a redirected source still resolves: the build
 * serves the redirect. The parsing is pure; `readRedirections` does the I/O.
 */
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { LineIndex } from '../text/line-index.js';
import type { Redirection } from '../types.js';
import { posixRelative } from '../text/posix-path.js';
import { readConfigText } from './config-file.js';
import { readRedirectionEntries, readRedirectionValues } from '../redirection-file/entries.js';

/** An entry of a redirection file as written: exactly one of the two source keys is set. */
export interface RedirectionEntry {
  sourcePath?: string;
  sourcePathFromRoot?: string;
  redirectUrl: string;
  line: number;
  column: number;
  /** `redirect_document_id: true` (every entry of `renames`). */
  redirectDocumentId?: boolean;
  /** The entry names monikers: it redirects one version of the page. */
  hasMonikers?: boolean;
}

import { REDIRECTION_FILE } from '../source/file-kinds.js';

export { REDIRECTION_FILE };

/**
 * The entries of a redirection file's text (BOM removed), or the reason it cannot be read. Read
 * as the build reads it (comments and trailing commas accepted: `src/redirection-file/entries.ts`).
 * Entries without a usable source or `redirect_url` are left out, as the build leaves them out
 * (it reports them); so are entries that set both source keys. A file in the usual shape is read
 * with `JSON.parse` and each entry's `line` and `column` are found the first time one is asked for
 * (only the rules of a linted redirection file ask): resolving links needs the values alone.
 */
export function parseRedirectionFile(text: string): { entries: RedirectionEntry[] } | { error: string } {
  const values = readRedirectionValues(text);
  if (!values) return parseWithPlaces(text);
  if (!/"redirections"|"renames"/.test(text)) return { error: "no 'redirections' array" };
  let placed: RedirectionEntry[] | undefined;
  // The same entries in the same order: the n-th kept here is the n-th kept there.
  const place = (index: number): RedirectionEntry =>
    (placed ??= (parseWithPlaces(text) as { entries: RedirectionEntry[] }).entries)[index]!;
  const entries: RedirectionEntry[] = [];
  for (const item of values) {
    const usable = usableEntry(item.sourcePath, item.sourcePathFromRoot, item.redirectUrl);
    if (!usable) continue;
    const index = entries.length;
    entries.push({
      ...usable.source,
      redirectUrl: usable.url,
      get line() {
        return place(index).line;
      },
      get column() {
        return place(index).column;
      },
      ...(item.redirectDocumentId ? { redirectDocumentId: true } : {}),
      ...(item.hasMonikers ? { hasMonikers: true } : {}),
    });
  }
  return { entries };
}

/** An entry's source (exactly one of the two keys, not blank) and its trimmed URL (not empty), or undefined. */
function usableEntry(
  sourcePath: string | undefined,
  sourcePathFromRoot: string | undefined,
  redirectUrl: string | undefined,
): { source: { sourcePath: string } | { sourcePathFromRoot: string }; url: string } | undefined {
  const hasPath = sourcePath !== undefined && sourcePath.trim() !== '';
  const hasFromRoot = sourcePathFromRoot !== undefined && sourcePathFromRoot.trim() !== '';
  const url = redirectUrl?.trim() ?? '';
  if (hasPath === hasFromRoot || url === '') return undefined;
  return { source: hasPath ? { sourcePath: sourcePath } : { sourcePathFromRoot: sourcePathFromRoot! }, url };
}

/**
 * `parseRedirectionFile` with jsonc-parser, every entry's place found as it is read: what it does
 * with a file not in the usual shape, and the reference its faster reading is tested against.
 */
export function parseWithPlaces(text: string): { entries: RedirectionEntry[] } | { error: string } {
  const data = readRedirectionEntries(text);
  if (data.syntaxError)
    return { error: `not valid JSON (${data.syntaxError.message} at offset ${data.syntaxError.range[0]})` };
  if (!/"redirections"|"renames"/.test(text)) return { error: "no 'redirections' array" };
  const lines = new LineIndex(text);
  const entries: RedirectionEntry[] = [];
  for (const item of data.entries) {
    const usable = usableEntry(item.sourcePath?.value, item.sourcePathFromRoot?.value, item.redirectUrl?.value);
    if (!usable) continue;
    const written = 'sourcePath' in usable.source ? item.sourcePath! : item.sourcePathFromRoot!;
    // The position of the value's first character, inside its quotes.
    const { line, column } = lines.point(written.range[0] + 1);
    entries.push({
      ...usable.source,
      redirectUrl: usable.url,
      line,
      column,
      ...(item.redirectDocumentId ? { redirectDocumentId: true } : {}),
      ...(item.hasMonikers ? { hasMonikers: true } : {}),
    });
  }
  return { entries };
}

/** Where the paths of one redirection file are resolved. Absolute paths. */
export interface RedirectionFileContext {
  /** The redirection file. */
  file: string;
  repoRoot: string;
  docsetRoot: string;
}

/**
 * The docset-relative source of an entry, as docfx rebases it: `source_path` from the file's
 * folder, `source_path_from_root` (which must start with `/`) from the repository root.
 * Undefined for a path outside the docset, or a `source_path` starting with `/` (a build error).
 */
export function entrySource(entry: RedirectionEntry, context: RedirectionFileContext): string | undefined {
  return sourceRebaser(context)(entry);
}

/** A path of plain names (no `.` or `..`, no empty name, no leading or trailing `/`): joining it is concatenating. */
const PLAIN_PATH = /^(?!\.\.?(?:\/|$))[^/]+(?:\/(?!\.\.?(?:\/|$))[^/]+)*$/;

/**
 * `entrySource` for the entries of one file. The file's folder and the docset root are made
 * relative to the repository once: a plain path is then rebased by joining and cutting strings,
 * which gives what `path.resolve` and `path.relative` give (anything else takes them).
 */
function sourceRebaser(context: RedirectionFileContext): (entry: RedirectionEntry) => string | undefined {
  const inRepo = (relative: string): boolean =>
    !relative.startsWith('../') && relative !== '..' && !path.isAbsolute(relative);
  const folder = posixRelative(context.repoRoot, path.dirname(context.file));
  const docset = posixRelative(context.repoRoot, context.docsetRoot);
  const plainJoins = inRepo(folder) && inRepo(docset);
  /** A repository-relative plain path made docset-relative; undefined when it is not in the docset. */
  const rebase = (fromRepo: string): string | undefined =>
    docset === '' ? fromRepo : fromRepo.startsWith(`${docset}/`) ? fromRepo.slice(docset.length + 1) : undefined;
  return (entry) => {
    if (entry.sourcePath !== undefined) {
      const written = entry.sourcePath.trim().replace(/\\/g, '/');
      if (written.startsWith('/')) return undefined;
      if (plainJoins && PLAIN_PATH.test(written)) return rebase(folder === '' ? written : `${folder}/${written}`);
      return docsetRelative(path.resolve(path.dirname(context.file), written), context.docsetRoot);
    }
    const written = entry.sourcePathFromRoot!.trim().replace(/\\/g, '/');
    if (!written.startsWith('/')) return undefined;
    const fromRoot = written.slice(1);
    if (plainJoins && PLAIN_PATH.test(fromRoot)) return rebase(fromRoot);
    return docsetRelative(path.resolve(context.repoRoot, fromRoot), context.docsetRoot);
  };
}

/** `absolute` relative to the docset root, or undefined when it is the root or outside it. */
function docsetRelative(absolute: string, docsetRoot: string): string | undefined {
  const relative = posixRelative(docsetRoot, absolute);
  return relative === '' || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)
    ? undefined
    : relative;
}

/** What `readRedirections` found: redirections by source, and files it could not read. */
export interface RedirectionSet {
  bySource: ReadonlyMap<string, Redirection>;
  /** Redirection files read, repository-relative, sorted. */
  files: string[];
  /** Files that could not be used, with why (a miss the run reports). */
  problems: { file: string; reason: string }[];
}

/**
 * Every redirection file under `root`, absolute, sorted. Folders in `skip` (absolute) are not
 * entered (the docset, whose files are already indexed; dependent repositories; tool state);
 * folder symlinks are not followed.
 */
export function findRedirectionFiles(root: string, skip: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.git' && entry.name !== 'node_modules' && !skip.has(full)) pending.push(full);
      } else if (REDIRECTION_FILE.test(entry.name)) found.push(full);
    }
  }
  return found.sort();
}

/**
 * Read the given redirection files (absolute) of a repository for a docset. The first
 * declaration of a source wins, files in sorted order (docfx reports the others as conflicts).
 */
export function readRedirections(files: readonly string[], repoRoot: string, docsetRoot: string): RedirectionSet {
  const bySource = new Map<string, Redirection>();
  const problems: RedirectionSet['problems'] = [];
  const sorted = [...files].sort();
  for (const file of sorted) {
    const shown = posixRelative(repoRoot, file);
    const text = readConfigText(file, repoRoot);
    const parsed = text.ok ? parseRedirectionFile(text.text) : { error: text.reason };
    if ('error' in parsed) {
      problems.push({ file: shown, reason: parsed.error });
      continue;
    }
    const sourceOf = sourceRebaser({ file, repoRoot, docsetRoot });
    for (const entry of parsed.entries) {
      const source = sourceOf(entry);
      if (source === undefined || bySource.has(source)) continue;
      bySource.set(source, {
        source,
        redirectUrl: entry.redirectUrl,
        file: shown,
        // Read from the entry when asked (see parseRedirectionFile).
        get line() {
          return entry.line;
        },
        get column() {
          return entry.column;
        },
        ...(entry.redirectDocumentId ? { redirectDocumentId: true } : {}),
        ...(entry.hasMonikers ? { hasMonikers: true } : {}),
      });
    }
  }
  return { bySource, files: sorted.map((f) => posixRelative(repoRoot, f)), problems };
}
