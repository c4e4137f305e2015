/**
 * Every file and folder under a root, by exact (case-sensitive) relative POSIX path, as the
 * Learn build sees them; plus case-insensitive and by-name side indexes for "did you mean".
 *
 * Symlinks are never walked: a pull request can add `docs/r -> /`, and walking it would index
 * (and suggest) files from the whole machine. A symlink whose real path stays inside the
 * repository is indexed as the file or folder it points to (a linked folder's files are looked
 * up one by one when asked for); one that leaves the repository is only remembered, so a link
 * to it can be reported as such.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { resolvesInside } from '../source/read.js';
import { isCloseName, typoDistance } from '../text/similar.js';

/** Folders never indexed: tool state, not content. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules']);

export class FileIndex {
  readonly files = new Set<string>();
  readonly folders = new Set<string>(['']);
  /** Symlinks (relative paths) whose real path leaves the repository: not followed. */
  readonly outsideLinks = new Set<string>();
  /** Symlinked folders inside the repository: indexed as folders, not walked. */
  private readonly linkedFolders = new Set<string>();
  /** Answers for files under linked folders, looked up on demand. */
  private readonly linkedFiles = new Map<string, boolean>();
  private root = '';
  private bound = '';
  private lowerCase: Map<string, string[]> | undefined;
  private byName: Map<string, string[]> | undefined;
  private byFolder: Map<string, string[]> | undefined;
  private subfolders: Map<string, string[]> | undefined;
  /** Answers already given: a missing image is often linked from hundreds of pages. */
  private readonly similarCache = new Map<string, string[]>();

  /**
   * Index `root` by walking it once, never through a symlink. `repoRoot` (default `root`) is the
   * repository: a symlink whose real path leaves it is not indexed but kept in `outsideLinks`.
   */
  static scan(root: string, repoRoot = root): FileIndex {
    const index = new FileIndex();
    index.root = root;
    index.bound = repoRoot;
    const pending: string[] = [''];
    while (pending.length > 0) {
      const relative = pending.pop()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(path.join(root, relative), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const child = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.isSymbolicLink()) index.addLink(child);
        else if (entry.isDirectory()) {
          if (SKIPPED_FOLDERS.has(entry.name)) continue;
          index.folders.add(child);
          pending.push(child);
        } else if (entry.isFile()) index.files.add(child);
      }
    }
    return index;
  }

  /** A symlink met while walking: indexed when it stays in the repository, never walked. */
  private addLink(relative: string): void {
    const absolute = path.join(this.root, relative);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      return; // dangling, or a loop: not a file
    }
    if (!resolvesInside(absolute, this.bound)) {
      this.outsideLinks.add(relative);
      return;
    }
    if (stat.isDirectory()) {
      if (SKIPPED_FOLDERS.has(path.posix.basename(relative))) return;
      this.folders.add(relative);
      this.linkedFolders.add(relative);
    } else if (stat.isFile()) this.files.add(relative);
  }

  /**
   * The symlink (this path, or a folder above it) that leads outside the repository, if any:
   * the file behind it is never read.
   */
  outsideLink(relative: string): string | undefined {
    if (this.outsideLinks.size === 0) return undefined;
    for (let at = relative; at !== '.' && at !== ''; at = path.posix.dirname(at))
      if (this.outsideLinks.has(at)) return at;
    return undefined;
  }

  /**
   * Everything the index answers from, sorted (for the run cache's key); undefined when some
   * answers come from the disk on demand (files under a symlinked folder), which a listing cannot pin.
   */
  listing(): { files: string[]; folders: string[]; outsideLinks: string[] } | undefined {
    if (this.linkedFolders.size > 0) return undefined;
    return {
      files: [...this.files].sort(),
      folders: [...this.folders].sort(),
      outsideLinks: [...this.outsideLinks].sort(),
    };
  }

  /** Index a fixed list of paths (tests, and runs that already know every file). */
  static of(files: Iterable<string>): FileIndex {
    const index = new FileIndex();
    for (const file of files) {
      index.files.add(file);
      for (let dir = path.posix.dirname(file); dir !== '.' && !index.folders.has(dir); dir = path.posix.dirname(dir))
        index.folders.add(dir);
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
    for (let dir = path.posix.dirname(relative); dir !== '.' && !this.folders.has(dir); dir = path.posix.dirname(dir))
      this.folders.add(dir);
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
    return this.files.has(relative) || (this.linkedFolders.size > 0 && this.inLinkedFolder(relative));
  }

  /** A file under a symlinked folder (not walked): on disk, a regular file, inside the repository. */
  private inLinkedFolder(relative: string): boolean {
    let answer = this.linkedFiles.get(relative);
    if (answer !== undefined) return answer;
    answer = false;
    for (let at = path.posix.dirname(relative); at !== '.' && at !== ''; at = path.posix.dirname(at)) {
      if (!this.linkedFolders.has(at)) continue;
      const absolute = path.join(this.root, relative);
      try {
        answer = statSync(absolute).isFile() && resolvesInside(absolute, this.bound);
      } catch {
        answer = false;
      }
      break;
    }
    this.linkedFiles.set(relative, answer);
    return answer;
  }

  hasFolder(relative: string): boolean {
    return this.folders.has(relative.replace(/\/$/, ''));
  }

  /** The names of the files and folders directly in `folder` ('' for the root), sorted. */
  children(folder: string): { files: string[]; folders: string[] } {
    this.byFolder ??= groupBy(this.files, (f) => path.posix.dirname(f));
    this.subfolders ??= groupBy(
      [...this.folders].filter((f) => f !== ''),
      (f) => path.posix.dirname(f),
    );
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
