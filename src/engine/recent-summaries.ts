/**
 * The guarded worker's memory of the last few texts it parsed. Changed mode parses a changed
 * file's two versions (the base, and the index or working tree) to find the heading ids the change
 * removed, then lints the same file: its text again, and its base for ms-date-not-updated. With
 * this memory, each version is parsed once per run instead of twice. `summarise` is a pure
 * function of (path, text), and nothing changes what it returns once made (the rules read the
 * summary, outline and tree; the summary leaves the worker as a copy), so the findings are the
 * same. Only the guarded worker remembers (the pool's workers hold nothing between tasks), only
 * the last `size` texts, and only texts of at most `MAX_REMEMBERED_LENGTH` characters: a tree a rule
 * asked for is kept with its text, and a large file's tree kept beside the next file's parse could
 * fill the worker's heap where it would not have before.
 */
import { summarise, type Summarised } from '../summary/summarise-file.js';

/** How a task parses a file's text: `summarise`, or a remembering one. */
export type SummariseFile = (path: string, text: string) => Summarised | undefined;

/** Changed mode's two versions of a changed file, and one more. */
const RECENT = 3;

/** The longest text remembered: 256 K characters (real articles: 8 KB median, 0.56 MB the largest of the corpora). */
export const MAX_REMEMBERED_LENGTH = 256 * 1024;

/** `summarise`, remembering the results for the last `size` (path, text) pairs it was asked for. */
export function rememberingSummarise(size = RECENT): SummariseFile {
  const recent: { path: string; text: string; result: Summarised | undefined }[] = [];
  return (path, text) => {
    const at = recent.findIndex((entry) => entry.path === path && entry.text === text);
    if (at >= 0) {
      const [entry] = recent.splice(at, 1);
      recent.push(entry!);
      return entry!.result;
    }
    const result = summarise(path, text);
    if (text.length > MAX_REMEMBERED_LENGTH) return result;
    recent.push({ path, text, result });
    if (recent.length > size) recent.shift();
    return result;
  };
}
