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
import type { GitBlobReader } from '../git/blob-reader.js';
import { GitError, repoRoot, textOf } from '../git/git.js';
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
  /** Reads the versions in git (the run's reader: the lint reads them again from it). */
  blobs: GitBlobReader;
  /**
   * The files of the run among a few changed ones, without discovering all of them (when the run
   * names no paths: see `discoverAmong`). Used when at most CHANGED_MIN_FULL_RUN files changed.
   */
  discoverAmong?(candidates: readonly string[], repo: string): Promise<string[]>;
  /** The docset root of a file (which may no longer exist), as the run's planning finds it (the config's `docsetRoot`). */
  docsetRootOf(absolute: string): Promise<string>;
}

/**
 * Above this share of the discovered files changed, `--changed-since` costs more than a full run (it
 * reads two git versions and summarises both, one file at a time, for every changed file), so
 * everything is selected instead. Measured with `scripts/bench/changed-crossover.mjs` (see
 * docs/performance.md): on cpp-docs (9,745 articles) 1,000 changed files took as long as a full run (131 s vs 133 s,
 * load 10): changing one file costs about nine times its share of a full run, so 8% keeps a margin.
 */
export const CHANGED_SHARE_FULL_RUN = 0.08;
/** Below this many changed files changed mode is always cheap enough: small docsets keep it. */
export const CHANGED_MIN_FULL_RUN = 100;

/** What changed mode selected. */
export interface ChangedSelection {
  /** The files to lint, sorted. */
  files: string[];
  /**
   * Set when the change was too large for changed mode to pay: `files` is then every discovered
   * file, and the run is a full run (no comparison with the git base).
   */
  everything?: { changed: number; threshold: number };
  /** The repository the changes were listed in and the commit they were compared with (not set with `everything`). */
  repository?: { root: string; base: string };
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
 * The files to lint in changed mode: the discovered files (`discoverAll`, or `discoverAmong` the
 * changed ones) that changed, and every file of an
 * affected docset whose references the change breaks. Throws GitError outside a repository
 * or for an unknown ref.
 */
export async function selectChangedFiles(
  discoverAll: () => Promise<string[]>,
  options: ChangedOptions,
): Promise<ChangedSelection> {
  const { summarise, blobs } = options;
  const cwd = path.resolve(options.cwd);
  const repo = await repoRoot(cwd);
  if (!repo)
    throw new GitError(
      `${options.changedSince !== undefined ? '--changed-since' : '--staged'} needs a git repository; ${cwd} is not in one`,
    );
  const ref = options.changedSince;
  const { base, changes } = await listChanges(repo, ref);
  const candidates = changes
    .filter((change) => change.status !== 'deleted')
    .map((change) => path.join(repo, change.path));
  const discovered =
    options.discoverAmong && candidates.length <= CHANGED_MIN_FULL_RUN
      ? await options.discoverAmong(candidates, repo)
      : await discoverAll();
  const discoveredSet = new Set(discovered);
  const changed = changes.filter(
    (change) => change.status !== 'deleted' && discoveredSet.has(path.join(repo, change.path)),
  ).length;
  const threshold = fullRunThreshold(discovered.length);
  // `--staged` lints the index versions, which a full run would not read: it keeps changed mode.
  if (ref !== undefined && changed > threshold)
    return { files: [...discovered].sort(), everything: { changed, threshold } };
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
      const now = ref === undefined ? textOf(await blobs.fileInIndex(repo, absolute)) : readText(absolute, repo);
      const removed = removedIds(
        summaryOf(summarise, relative, textOf(await blobs.fileAtRef(repo, base, absolute))),
        summaryOf(summarise, relative, now),
      );
      if (removed.size > 0) targets.removedIds.set(relative, removed);
    }
  }

  for (const [root, targets] of byDocset) {
    if (targets.gone.size === 0 && targets.removedIds.size === 0) continue;
    for (const dependent of dependentsIn(root, repo, targets, summarise)) selected.add(dependent);
  }
  return { files: [...selected].sort(), repository: { root: repo, base } };
}

/** The number of changed files above which a full run is cheaper than changed mode. */
export function fullRunThreshold(discovered: number, share = shareFromEnv()): number {
  return Math.max(CHANGED_MIN_FULL_RUN, Math.floor(discovered * share));
}

/** `FAQ_LINT_CHANGED_SHARE` overrides the share, for the benchmark that measures the crossover (`Infinity`: never). */
function shareFromEnv(): number {
  const value = Number(process.env.FAQ_LINT_CHANGED_SHARE);
  return process.env.FAQ_LINT_CHANGED_SHARE && value > 0 ? value : CHANGED_SHARE_FULL_RUN;
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
