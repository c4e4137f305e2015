/**
 * Paths named on the command line that globby does not return but that must still get a
 * finding: a dangling symlink, a symlink loop, a FIFO or socket, a path that does not exist,
 * a symlinked folder that leads outside its repository (never expanded: `docs/r -> /` would be
 * the whole machine). Globby (with `followSymbolicLinks: false`, `onlyFiles: true`) silently
 * drops the others; a writer who names a file should hear why it was not linted
 * (`file-unreadable`).
 */
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { findRoots } from '../docset/root.js';
import { resolvesInside } from '../source/read.js';
import { toPosix } from '../text/posix-path.js';

/**
 * Absolute paths of literal (non-glob) patterns that name something other than a folder or
 * regular file. `isDynamicPattern` is globby's (passed in: globby is loaded only when a run discovers).
 */
export function namedPathsToReport(
  patterns: string[],
  cwd: string,
  isDynamicPattern: (pattern: string, options: { cwd: string }) => boolean,
): string[] {
  const named: string[] = [];
  for (const pattern of patterns) {
    const posix = toPosix(pattern);
    if (posix.startsWith('!') || isDynamicPattern(posix, { cwd })) continue;
    const absolute = path.resolve(cwd, pattern);
    let stat;
    try {
      stat = lstatSync(absolute);
    } catch {
      named.push(absolute); // does not exist: readSource says so
      continue;
    }
    // Folders and regular files are globby's to expand or to ignore (.gitignore, ignores).
    if (!stat.isDirectory() && !stat.isFile() && !isFolderInside(absolute, cwd)) named.push(absolute);
  }
  return named;
}

/** A symlink to a folder inside the repository it lies in: globby may expand it. */
function isFolderInside(absolute: string, cwd: string): boolean {
  try {
    return (
      statSync(absolute).isDirectory() && resolvesInside(absolute, findRoots(path.dirname(absolute), cwd).repoRoot)
    );
  } catch {
    return false;
  }
}
