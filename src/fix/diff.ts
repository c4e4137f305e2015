/**
 * The unified diff `--fix-dry-run` prints. Uses the `diff` package (jsdiff, no dependencies,
 * also used by Prettier): hunks, context and "\ No newline at end of file" are easy to get
 * subtly wrong, and fixes change few lines, so its O(ND) algorithm stays fast on big files.
 */
import { createTwoFilesPatch } from 'diff';
import type { FixedFile } from './fix-run.js';
import { posixRelative } from '../text/posix-path.js';

/** One `--- a/x`, `+++ b/x` patch per changed file, paths relative to `cwd`, POSIX separators. */
export function fixesDiff(files: readonly FixedFile[], cwd: string): string {
  return files
    .map((file) => {
      const name = posixRelative(cwd, file.filePath);
      return createTwoFilesPatch(`a/${name}`, `b/${name}`, file.before, file.after, undefined, undefined, { context: 3 });
    })
    .join('');
}
