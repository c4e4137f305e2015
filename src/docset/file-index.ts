/**
 * Every file and folder under a root, by exact (case-sensitive) relative POSIX path, as the
 * Learn build sees them; plus case-insensitive and by-name side indexes for "did you mean".
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { isCloseName, typoDistance } from '../text/similar.js';

/** Folders never indexed: tool state, not content. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

export class FileIndex {
  readonly files = new Set<string>();
  readonly folders = new Set<string>(['']);
  private lowerCase: Map<string, string[]> | undefined;
  private byName: Map<string, string[]> | undefined;
  private byFolder: Map<string, string[]> | undefined;
  private subfolders: Map<string, string[]> | undefined;
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

  /**
   * Record a file created since the scan (the language server, told by the editor's file watcher);
   * its folders are added too. The "did you mean" side indexes are rebuilt on next use.
   */
  addFile(relative: string): void {
    if (this.files.has(relative)) return;
    this.files.add(relative);
    for (let dir = path.posix.dirname(relative); dir !== '.' && !this.folders.has(dir); dir = path.posix.dirname(dir)) this.folders.add(dir);
    this.resetSideIndexes();
  }

  /** Forget a file deleted since the scan (its folders stay: they may hold other files). */
  removeFile(relative: string): void {
    if (this.files.delete(relative)) this.resetSideIndexes();
  }

  private resetSideIndexes(): void {
    this.lowerCase = undefined;
    this.byName = undefined;
    this.byFolder = undefined;
    this.subfolders = undefined;
    this.similarCache.clear();
  }

  hasFile(relative: string): boolean {
    return this.files.has(relative);
  }

  hasFolder(relative: string): boolean {
    return this.folders.has(relative.replace(/\/$/, ''));
  }

  /** The names of the files and folders directly in `folder` ('' for the root), sorted. */
  children(folder: string): { files: string[]; folders: string[] } {
    this.byFolder ??= groupBy(this.files, (f) => path.posix.dirname(f));
    this.subfolders ??= groupBy([...this.folders].filter((f) => f !== ''), (f) => path.posix.dirname(f));
    const key = folder === '' ? '.' : folder;
    const names = (list: string[] | undefined): string[] => (list ?? []).map((f) => path.posix.basename(f)).sort();
    return { files: names(this.byFolder.get(key)), folders: names(this.subfolders.get(key)) };
  }

  /** Existing files whose path differs from this one only by case. */
  caseVariants(relative: string): string[] {
    this.lowerCase ??= groupBy(this.files, (f) => f.toLowerCase());
    return (this.lowerCase.get(relative.toLowerCase()) ?? []).filter((f) => f !== relative);
  }

  /**
   * Existing files close to a missing one, best first: a case-only difference, then a file of
   * the same name elsewhere, then a close name in the same folder (see `isCloseName`).
   */
  similar(relative: string): string[] {
    let answer = this.similarCache.get(relative);
    if (!answer) this.similarCache.set(relative, (answer = this.findSimilar(relative)));
    return [...answer];
  }

  private findSimilar(relative: string): string[] {
    const variants = this.caseVariants(relative);
    if (variants.length > 0) return variants;
    this.byName ??= groupBy(this.files, (f) => path.posix.basename(f).toLowerCase());
    const name = path.posix.basename(relative);
    const sameName = (this.byName.get(name.toLowerCase()) ?? []).filter((f) => f !== relative);
    if (sameName.length > 0) return sameName.sort((a, b) => a.length - b.length).slice(0, 3);
    const dir = path.posix.dirname(relative);
    // By folder, built once: filtering every file per missing link was half of a warm cpp-docs run.
    this.byFolder ??= groupBy(this.files, (f) => path.posix.dirname(f));
    const lower = name.toLowerCase();
    const near = (this.byFolder.get(dir) ?? [])
      .filter((f) => isCloseName(name, path.posix.basename(f)))
      .map((f) => ({ f, d: typoDistance(lower, path.posix.basename(f).toLowerCase()) }))
      .sort((a, b) => a.d - b.d);
    return near.slice(0, 1).map(({ f }) => f);
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
