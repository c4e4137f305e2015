/** Creating the folders an output file or the cache goes in, without the hang of `mkdir -p` in /proc. */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Make `dir` and its missing parents, one level at a time. Node's `mkdirSync(dir, { recursive:
 * true })` never returns for a path under /proc (it retries ENOENT forever); this throws the
 * first error instead (ENOENT, ENOTDIR, EACCES, EROFS...).
 */
export function ensureFolder(dir: string): void {
  const missing: string[] = [];
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    let isFolder: boolean;
    try {
      isFolder = statSync(current).isDirectory();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || path.dirname(current) === current) throw error;
      missing.push(current);
      continue;
    }
    if (!isFolder) throw Object.assign(new Error(`ENOTDIR: not a directory, '${current}'`), { code: 'ENOTDIR' });
    break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error; // made meanwhile
    }
  }
}
