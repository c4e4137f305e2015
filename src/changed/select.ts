/**
 * Changed-files mode (`--changed-since <ref>`, `--staged`): which of the discovered files to
 * lint. The changed files themselves, plus files elsewhere in their docsets whose references
 * the change breaks: a link to a deleted or renamed file, or to a heading id the change
 * removed. Those dependents are linted even though they did not change, so renaming a heading
 * in a.md reports the link in b.md that now points nowhere.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { FileIndex } from '../docset/file-index.js';
import { isInside } from '../docset/root.js';
import { mayBeLinted } from '../source/file-kinds.js';
import { readSource } from '../source/text.js';
import { listChanges, type Change } from '../git/changes.js';
import { fileAtRef, fileInIndex, GitError, repoRoot, textOf } from '../git/git.js';
import type { FileSummary, Summariser } from '../types.js';
import { breaksIn, mayBreak, removedIds, type BrokenTargets } from './dependents.js';
import { posixRelative, toPosix } from '../text/posix-path.js';

export interface ChangedOptions {
  /** The git ref to compare the working tree with (`--changed-since`). */
  changedSince?: string;
  /** Compare the index with HEAD instead (`--staged`). Ignored when `changedSince` is set. */
  staged?: boolean;
  /** The paths and globs of the run: changes outside them are not considered. */
  patterns: string[];
  cwd: string;
  /** How a version is summarised to compare its ids: the engine's guarded step, with the run's time limit. */
  summarise: Summariser;
  /** The docset root of a file (which may no longer exist), as the run's planning finds it (the config's `docsetRoot`). */
  docsetRootOf(absolute: string): Promise<string>;
}

/** True when changed mode is asked for. */
export function isChangedMode(options: Pick<ChangedOptions, 'changedSince' | 'staged'>): boolean {
  return options.changedSince !== undefined || options.staged === true;
}

/** True when `absolute` (which may no longer exist) lies within one of the run's paths or globs. */
export function inScope(absolute: string, patterns: string[], cwd: string): boolean {
  const relative = posixRelative(cwd, absolute);
  return patterns.some((pattern) => {
    const posix = toPosix(pattern);
    if (picomatch.scan(posix).isGlob) return picomatch(posix, { dot: false })(relative);
    return isInside(absolute, path.resolve(cwd, pattern));
  });
}

/** A version's summary; a refused or unparsable one breaks nothing we can see (the lint run reports it). */
function summaryOf(summarise: Summariser, relative: string, text: string | undefined): FileSummary | undefined {
  return text === undefined ? undefined : summarise(relative, text);
}

/**
 * The files to lint in changed mode: the discovered files that changed, and every file of an
 * affected docset whose references the change breaks. Throws GitError outside a repository
 * or for an unknown ref.
 */
export async function selectChangedFiles(discovered: string[], options: ChangedOptions): Promise<string[]> {
  const { summarise } = options;
  const cwd = path.resolve(options.cwd);
  const repo = await repoRoot(cwd);
  if (!repo)
    throw new GitError(
      `${options.changedSince !== undefined ? '--changed-since' : '--staged'} needs a git repository; ${cwd} is not in one`,
    );
  const ref = options.changedSince;
  const { base, changes } = await listChanges(repo, ref);
  const discoveredSet = new Set(discovered);
  const selected = new Set<string>();
  const byDocset = new Map<string, BrokenTargets>();
  const targetsFor = async (absolute: string): Promise<{ targets: BrokenTargets; relative: string }> => {
    const root = await options.docsetRootOf(absolute);
    let targets = byDocset.get(root);
    if (!targets) byDocset.set(root, (targets = { gone: new Set(), removedIds: new Map() }));
    return { targets, relative: posixRelative(root, absolute) };
  };

  for (const change of changes) {
    const absolute = path.join(repo, change.path);
    if (change.status !== 'deleted' && discoveredSet.has(absolute)) selected.add(absolute);
    for (const gone of goneBy(change)) {
      const goneAbsolute = path.join(repo, gone);
      if (inScope(goneAbsolute, options.patterns, cwd)) {
        const { targets, relative } = await targetsFor(goneAbsolute);
        targets.gone.add(relative);
      }
    }
    if (change.status === 'modified' && mayBeLinted(change.path) && inScope(absolute, options.patterns, cwd)) {
      const { targets, relative } = await targetsFor(absolute);
      const now = ref === undefined ? textOf(await fileInIndex(repo, absolute)) : readText(absolute, repo);
      const removed = removedIds(
        summaryOf(summarise, relative, textOf(await fileAtRef(repo, base, absolute))),
        summaryOf(summarise, relative, now),
      );
      if (removed.size > 0) targets.removedIds.set(relative, removed);
    }
  }

  for (const [root, targets] of byDocset) {
    if (targets.gone.size === 0 && targets.removedIds.size === 0) continue;
    for (const dependent of dependentsIn(root, repo, targets, summarise)) selected.add(dependent);
  }
  return [...selected].sort();
}

/** Paths a change takes away: a deleted file, or the old name of a renamed one. */
function goneBy(change: Change): string[] {
  if (change.status === 'deleted') return [change.path];
  if (change.status === 'renamed' && change.from !== undefined) return [change.from];
  return [];
}

function readText(absolute: string, repo: string): string | undefined {
  const source = readSource(absolute, { root: repo });
  return source.ok ? source.text : undefined;
}

/** Absolute paths of the docset's files that reference a broken target. */
function dependentsIn(root: string, repo: string, targets: BrokenTargets, summarise: Summariser): string[] {
  const found: string[] = [];
  for (const relative of FileIndex.scan(root, repo).files) {
    if (!mayBeLinted(relative)) continue;
    const absolute = path.join(root, relative);
    const text = readText(absolute, repo);
    // Fast pre-filter on the text: most files never name a target, and are not parsed.
    if (text === undefined || !mayBreak(text, targets)) continue;
    const summary = summarise(relative, text);
    if (summary && breaksIn(summary, targets)) found.push(absolute);
  }
  return found;
}
