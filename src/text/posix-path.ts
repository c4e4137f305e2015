/** Paths as faq-lint stores and prints them: POSIX separators on every platform. */
import path from 'node:path';

/** `p` with the platform's separators turned into `/`. */
export const toPosix = (p: string): string => p.split(path.sep).join('/');

/** `path.relative(from, to)` with `/` separators. */
export const posixRelative = (from: string, to: string): string => toPosix(path.relative(from, to));
