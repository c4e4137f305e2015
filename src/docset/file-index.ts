/**
 * Every file and folder under a root, by exact (case-sensitive) relative POSIX path, as the
 * Learn build sees them; plus case-insensitive and by-name side indexes for "did you mean".
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { closest } from '../text/similar.js';

/** Folders never indexed: tool state, not content. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

export class FileIndex {
  readonly files = new Set<string>();
  readonly folders = new Set<string>(['']);
  private lowerCase: Map<string, string[]> | undefined;
  private byName: Map<string, string[]> | undefined;
  private byFolder: Map<string, string[]> | undefined;
  /** Answers already given: a missing image is often linked from hundreds of pages. */
  private readonly similarCache = new Map<string, string[]>();

  /** Index `root` by walking it once (symlinked folders followed once; loops cut). */
  static scan(root: string): FileIndex {
    const index = new FileIndex();
    const seen = new Set<string>();
    const pending: string[] = [''];
    while (pending.length > 0) {
      const relative = pending.pop()!;
      const absolute = path.join(root, relative);
      let real: string;
      let entries: Dirent[];
      try {
        real = realpathSync(absolute);
        if (seen.has(real)) continue;
        seen.add(real);
        entries = readdirSync(absolute, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        let isDirectory = entry.isDirectory();
        let isFile = entry.isFile();
        if (entry.isSymbolicLink()) {
          try {
            const target = statSync(path.join(root, child));
            isDirectory = target.isDirectory();
            isFile = target.isFile();
          } catch {
            continue; // dangling link: not a file
          }
        }
        if (isDirectory && !SKIPPED_FOLDERS.has(entry.name)) {
          index.folders.add(child);
          pending.push(child);
        } else if (isFile) index.files.add(child);
      }
    }
    return index;
  }

  /** Index a fixed list of paths (tests, and runs that already know every file). */
  static of(files: Iterable<string>): FileIndex {
    const index = new FileIndex();
    for (const file of files) {
      index.files.add(file);
      for (let dir = path.posix.dirname(file); dir !== '.' && !index.folders.has(dir); dir = path.posix.dirname(dir)) index.folders.add(dir);
    }
    return index;
  }

  hasFile(relative: string): boolean {
    return this.files.has(relative);
  }

  hasFolder(relative: string): boolean {
    return this.folders.has(relative.replace(/\/$/, ''));
  }

  /**
   * Existing files close to a missing one, best first: a case-only difference, then a file of
   * the same name elsewhere, then a near name in the same folder.
   */
  similar(relative: string): string[] {
    let answer = this.similarCache.get(relative);
    if (!answer) this.similarCache.set(relative, (answer = this.findSimilar(relative)));
    return [...answer];
  }

  private findSimilar(relative: string): string[] {
    this.lowerCase ??= groupBy(this.files, (f) => f.toLowerCase());
    this.byName ??= groupBy(this.files, (f) => path.posix.basename(f).toLowerCase());
    const out: string[] = [];
    const push = (items: Iterable<string> | undefined): void => {
      for (const item of items ?? []) if (item !== relative && !out.includes(item)) out.push(item);
    };
    push(this.lowerCase.get(relative.toLowerCase()));
    if (out.length > 0) return out;
    push(this.byName.get(path.posix.basename(relative).toLowerCase()));
    if (out.length > 0) return out.sort((a, b) => a.length - b.length).slice(0, 3);
    const dir = path.posix.dirname(relative);
    // By folder, built once: filtering every file per missing link was half of a warm cpp-docs run.
    this.byFolder ??= groupBy(this.files, (f) => path.posix.dirname(f));
    const siblings = this.byFolder.get(dir) ?? [];
    const near = closest(path.posix.basename(relative), siblings.map((f) => path.posix.basename(f)));
    if (near) push([dir === '.' ? near : `${dir}/${near}`]);
    return out;
  }
}

function groupBy(items: Iterable<string>, key: (item: string) => string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}
