/** Where the shared real-docs corpus is, if this checkout has one next to it (never copied into the repo). */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers.js';

/** The corpus folder `name`, looked for in ../shared/corpus and ../../shared/corpus (worktrees). */
export function corpusFolder(name: string): string | undefined {
  for (const base of [
    path.resolve(REPO_ROOT, '..', 'shared', 'corpus'),
    path.resolve(REPO_ROOT, '..', '..', 'shared', 'corpus'),
  ]) {
    const folder = path.join(base, name);
    if (existsSync(folder)) return folder;
  }
  return undefined;
}
