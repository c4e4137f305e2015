/**
 * Paths named on the command line that globby does not return but that must still get a
 * finding: a dangling symlink, a symlink loop, a FIFO or socket, a path that does not exist.
 * Globby (with `followSymbolicLinks: false`, `onlyFiles: true`) silently drops all of these;
 * a writer who names a file should hear why it was not linted (`file-unreadable`).
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { isDynamicPattern } from 'globby';
import { toPosix } from '../text/posix-path.js';

/** Absolute paths of literal (non-glob) patterns that name something other than a folder or regular file. */
export function namedPathsToReport(patterns: string[], cwd: string): string[] {
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
    if (!stat.isDirectory() && !stat.isFile()) named.push(absolute);
  }
  return named;
}
