/**
 * The git base of a run (`changedSince` or `staged`): for each linted file, the text to lint
 * and the text to compare it with. Caches the repository and commit per folder.
 */
import { lstatSync } from 'node:fs';
import path from 'node:path';
import { isInside } from '../docset/root.js';
import type { GitBlobReader } from '../git/blob-reader.js';
import { GitError, repoRoot, resolveCommit, textOf } from '../git/git.js';
import type { Source } from '../source/text.js';

export interface Versions {
  /** The text to lint: the working tree, or the index version under `staged` (or why it cannot be read). */
  source: Source;
  /** The text at the base, or undefined (no repository, a new file). */
  previousText: string | undefined;
}

export class GitBase {
  private readonly repos = new Map<string, Promise<string | undefined>>();
  private readonly commits = new Map<string, Promise<string | undefined>>();

  /**
   * `ref` undefined means `staged`: compare the index with HEAD. `blobs` reads the versions (the
   * run's reader, which remembers what changed-files selection read already).
   */
  constructor(
    private readonly ref: string | undefined,
    private readonly blobs: GitBlobReader,
    known?: { root: string; base: string },
  ) {
    this.known = known?.root;
    // The same commit `ref` (or HEAD) names: changed-files selection resolved it already.
    if (known) this.commits.set(known.root, Promise.resolve(known.base));
  }

  /** The repository changed-files selection listed the changes in. */
  private readonly known: string | undefined;

  /**
   * The repository of a folder: the known one when no `.git` lies between them (a nested
   * repository or a submodule has one: git is asked then), without a git process per folder.
   */
  private repositoryOf(dir: string): Promise<string | undefined> {
    const known = this.known;
    if (known && isInside(dir, known)) {
      let nested = false;
      for (let at = dir; at !== known && !nested; at = path.dirname(at)) nested = exists(path.join(at, '.git'));
      if (!nested) return Promise.resolve(known);
    }
    return repoRoot(dir);
  }

  /**
   * `pinned`: the caller gives the exact text to lint (`--fix` re-linting its own text), which
   * then stands for the index version too.
   */
  async versions(absolute: string, workingText: string, pinned = false): Promise<Versions> {
    const working: Source = { ok: true, text: workingText, bom: false };
    const dir = path.dirname(absolute);
    let repo = this.repos.get(dir);
    if (!repo) this.repos.set(dir, (repo = this.repositoryOf(dir)));
    const root = await repo;
    if (!root) {
      if (this.ref !== undefined) throw new GitError(`--changed-since needs a git repository; ${dir} is not in one`);
      return { source: working, previousText: undefined };
    }
    const commit = await this.commitIn(root);
    const source =
      this.ref === undefined && !pinned ? ((await this.blobs.fileInIndex(root, absolute)) ?? working) : working;
    const previousText = commit ? textOf(await this.blobs.fileAtRef(root, commit, absolute)) : undefined;
    return { source, previousText };
  }

  private commitIn(root: string): Promise<string | undefined> {
    let commit = this.commits.get(root);
    if (!commit) {
      // Under `staged` a repository without commits yet has no HEAD: every file is new.
      commit =
        this.ref === undefined ? resolveCommit(root, 'HEAD').catch(() => undefined) : resolveCommit(root, this.ref);
      this.commits.set(root, commit);
    }
    return commit;
  }
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
