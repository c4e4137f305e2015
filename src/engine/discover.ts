/**
 * Discovery: paths and globs to the files to lint. Globs and folders expand honouring
 * `.gitignore`; a path named on the command line is never silently dropped (as ESLint and
 * markdownlint-cli2 treat explicit files): a named file is linted even when `.gitignore` lists
 * it, and so is a named folder's content (there the `.gitignore` files inside the folder still
 * apply, to its nested folders). A path or glob that matches nothing is a usage error.
 */
import { lstatSync, type Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { isInside } from '../docset/root.js';
import { LINTED_EXTENSIONS, mayBeLinted } from '../source/file-kinds.js';
import { toPosix } from '../text/posix-path.js';
import { ignoredPaths } from '../git/git.js';
import { namedPathsToReport } from './named-paths.js';

/** A path or glob of the command line that matches no file (exit code 2). */
export class NoFilesMatchedError extends Error {
  constructor(readonly pattern: string) {
    super(`No files matched '${pattern}'`);
    this.name = 'NoFilesMatchedError';
  }
}

// Relative paths, resolved here: fast-glob's absolute paths turn a backslash in a file name into a
// separator (`a\b.md`, legal on Linux, would become `a/b.md`, a file that does not exist).
const GLOB_OPTIONS = {
  absolute: false,
  onlyFiles: true,
  dot: false,
  followSymbolicLinks: false,
  ignore: ['**/node_modules/**', '**/.git/**'],
};

const statOf = (file: string): Stats | undefined => {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
};

/** globby and its walker are loaded when a run discovers files: changed mode with no paths never does. */
const loadGlobby = (): Promise<typeof import('globby')> => import('globby');

/** The glob of redirection file names, and the same as a test of a name (case-sensitive, as the glob). */
const REDIRECTION_GLOB = '*.openpublishing.redirection*.json';
const REDIRECTION_GLOB_NAME = /\.openpublishing\.redirection.*\.json$/;

/**
 * Redirection files under a folder: their names start with a dot (`.openpublishing.redirection.json`),
 * which the main glob skips, as it skips every hidden file.
 */
async function redirectionFiles(folder: string): Promise<string[]> {
  const { globbySync } = await loadGlobby();
  const found = globbySync([`**/${REDIRECTION_GLOB}`], {
    ...GLOB_OPTIONS,
    cwd: folder,
    dot: true,
    gitignore: true,
  });
  return found.map((file) => path.resolve(folder, file));
}

/** The linted files of a named folder that `.gitignore` hides: only the ignore files inside it apply. */
async function ignoredFolderFiles(folder: string): Promise<string[]> {
  const { globbySync } = await loadGlobby();
  const found = globbySync(
    LINTED_EXTENSIONS.map((extension) => `**/*.${extension}`),
    { ...GLOB_OPTIONS, cwd: folder, ignoreFiles: ['**/.gitignore'] },
  );
  return found.filter(mayBeLinted).map((file) => path.resolve(folder, file));
}

/**
 * Expand paths and globs (relative to `cwd`) to absolute files, sorted. With `requireMatches`,
 * a path or glob that matches no file throws NoFilesMatchedError.
 */
export async function discover(patterns: string[], cwd: string, { requireMatches = false } = {}): Promise<string[]> {
  const { globbySync, isDynamicPattern } = await loadGlobby();
  const literal = patterns.filter((p) => !p.startsWith('!') && !isDynamicPattern(toPosix(p), { cwd }));
  // A symlink, FIFO or socket named on the command line is followed or reported (file-unreadable);
  // a symlinked folder that leaves its repository is reported, never expanded.
  const named = namedPathsToReport(literal, cwd, isDynamicPattern);
  const expanded = patterns.filter((p) => !named.includes(path.resolve(cwd, p)));
  // Synchronous: globby's asynchronous walk took twice the CPU on cpp-docs (a promise and a
  // \`stat\` per file found, for its .gitignore check of folders), and nothing else runs meanwhile.
  const found = globbySync(expanded.map(toPosix), {
    ...GLOB_OPTIONS,
    cwd,
    gitignore: true,
    expandDirectories: { extensions: [...LINTED_EXTENSIONS] },
  });
  // Of the `.json` files only TOCs and redirection files are kept (the others are data, never read).
  const files = new Set(found.filter(mayBeLinted).map((f) => path.resolve(cwd, f)));
  for (const pattern of literal) {
    const absolute = path.resolve(cwd, pattern);
    const stat = statOf(absolute);
    if (!stat) {
      if (requireMatches) throw new NoFilesMatchedError(pattern);
      continue;
    }
    if (stat.isFile()) files.add(absolute);
    else if (stat.isDirectory() && ![...files].some((f) => isInside(f, absolute))) {
      for (const file of await ignoredFolderFiles(absolute)) files.add(path.resolve(file));
    }
    if (stat.isDirectory()) for (const file of await redirectionFiles(absolute)) files.add(file);
  }
  for (const file of named) if (statOf(file)) files.add(file);
  if (requireMatches) await checkEveryPatternMatched(patterns, [...files], cwd);
  return [...files].sort();
}

/**
 * The files among `candidates` (absolute; a few changed files) that discovering `.` in `cwd`
 * would find, without walking the tree: inside `cwd`, no dot or node_modules folder on the way,
 * a linted extension, a regular file, not ignored by `.gitignore` (asked of git, in `repo`).
 * Changed mode uses it when no paths are given (the pre-commit hook): start-up then does not
 * grow with the size of the repository.
 */
export async function discoverAmong(candidates: readonly string[], cwd: string, repo: string): Promise<string[]> {
  const kept = candidates.filter(
    (absolute) => hasDiscoveredShape(absolute, cwd) && statOf(absolute)?.isFile() === true,
  );
  const ignored = await ignoredPaths(
    repo,
    kept.map((absolute) => toPosix(path.relative(repo, absolute))),
  );
  return kept.filter((absolute) => !ignored.has(toPosix(path.relative(repo, absolute)))).sort();
}

/**
 * Whether `discover(['.'], cwd)` would find a file created since it ran (the language server,
 * told of new files by the editor): inside `cwd`, a linted extension, not under `node_modules`
 * or `.git`, not ignored by a `.gitignore`.
 */
export async function discoverable(cwd: string): Promise<(file: string) => boolean> {
  const { isGitIgnored } = await loadGlobby();
  const ignored = await isGitIgnored({ cwd });
  return (file) => hasDiscoveredShape(file, cwd) && !ignored(file);
}

/**
 * Inside `cwd`, a name some file kind lints, no dot folder (`.git` too) or `node_modules` on the
 * way: what globbing `.` keeps. Redirection files are found by a glob of their own that enters dot
 * folders and keeps dot names (`redirectionFiles`): only `.git` and `node_modules` exclude them.
 */
function hasDiscoveredShape(absolute: string, cwd: string): boolean {
  const relative = toPosix(path.relative(cwd, absolute));
  if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative)) return false;
  // The extension as the glob matches it (case-sensitive), and a name some kind lints (only TOC and redirection .json files).
  if (!LINTED_EXTENSIONS.some((extension) => relative.endsWith(`.${extension}`)) || !mayBeLinted(relative))
    return false;
  const segments = relative.split('/');
  if (REDIRECTION_GLOB_NAME.test(segments.at(-1)!))
    return !segments.some((segment) => segment === 'node_modules' || segment === '.git');
  return !segments.some((segment) => segment === 'node_modules' || segment.startsWith('.'));
}

/** Throw NoFilesMatchedError for the first path or glob none of `files` came from. */
async function checkEveryPatternMatched(
  patterns: readonly string[],
  files: readonly string[],
  cwd: string,
): Promise<void> {
  const { globby, isDynamicPattern } = await loadGlobby();
  const relative = files.map((f) => toPosix(path.relative(cwd, f)));
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const posix = toPosix(pattern);
    if (!isDynamicPattern(posix, { cwd })) {
      const absolute = path.resolve(cwd, pattern);
      if (!files.some((f) => isInside(f, absolute))) throw new NoFilesMatchedError(pattern);
      continue;
    }
    // A glob: the run's files answer most; globby alone decides what picomatch reads differently.
    const matcher = picomatch(posix.replace(/^\.\//, ''), { dot: false });
    if (relative.some((f) => matcher(f))) continue;
    if ((await globby([posix], { ...GLOB_OPTIONS, cwd, gitignore: true })).length === 0)
      throw new NoFilesMatchedError(pattern);
  }
}
