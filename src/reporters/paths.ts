/** Paths as CI formats show them: relative to the report root, POSIX separators. */
import path from 'node:path';
import type { ReportContext } from './types.js';
import { toPosix } from '../text/posix-path.js';

/** `file` relative to the report root; undefined when it lies outside the root. */
export function rootRelative(file: string, context: Pick<ReportContext, 'cwd' | 'root'>): string | undefined {
  const relative = path.relative(context.root ?? context.cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return toPosix(relative);
}

/** `file` relative to the report root when inside it, else absolute (POSIX separators). */
export function displayPath(file: string, context: Pick<ReportContext, 'cwd' | 'root'>): string {
  return rootRelative(file, context) ?? toPosix(file);
}
