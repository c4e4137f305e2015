/**
 * The unified diff `--fix-dry-run` prints. Uses the `diff` package (jsdiff, no dependencies,
 * also used by Prettier): hunks, context and "\ No newline at end of file" are easy to get
 * subtly wrong, and fixes change few lines, so its O(ND) algorithm stays fast on big files.
 */
import { createTwoFilesPatch } from 'diff';
import type { FixedFile } from './fix-run.js';
import { posixRelative } from '../text/posix-path.js';
import { printable, printableKeepingLines } from '../text/printable.js';

/**
 * One `--- a/x`, `+++ b/x` patch per changed file, paths relative to `cwd`, POSIX separators.
 * Control characters are escaped (the name entirely; in lines of text all but tab and line
 * breaks), as in every output: the diff is for reading, `--fix` applies the change.
 */
export function fixesDiff(files: readonly FixedFile[], cwd: string): string {
  return files
    .map((file) => {
      const name = printable(posixRelative(cwd, file.filePath));
      return printableKeepingLines(
        createTwoFilesPatch(`a/${name}`, `b/${name}`, file.before, file.after, undefined, undefined, { context: 3 }),
      );
    })
    .join('');
}
