/**
 * The few git reads faq-lint needs, for rules that compare a file with its previous version
 * (`--changed-since <ref>`, `--staged`). Runs `git` with execFile (no shell); every failure is
 * an `undefined` or a GitError, never an unexplained crash.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { MAX_FILE_BYTES, overLimit } from '../source/read.js';
import { sourceFromBytes, type Source } from '../source/text.js';
import { posixRelative } from '../text/posix-path.js';

/** A git base that cannot be used: not a repository, an unknown ref. The CLI exits 2 on it. */
export class GitError extends Error {}

/** Output beyond this is cut off: blobs over the file size cap are refused like files on disk. */
const MAX_BUFFER = MAX_FILE_BYTES + 1;

function git(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout) => {
      // Node's ExecFileException is an Error (its type is not declared as one).
      const failure: Error | null = error;
      if (failure) reject(failure);
      else resolve(stdout);
    });
  });
}

/** The top folder of the work tree containing `dir`, or undefined outside a repository. */
export async function repoRoot(dir: string): Promise<string | undefined> {
  try {
    const out = (await git(dir, ['rev-parse', '--show-toplevel'])).toString('utf8').trim();
    return out ? path.resolve(out) : undefined;
  } catch {
    return undefined;
  }
}

/** The commit a ref names; throws GitError when it names none (a typo in `--changed-since`). */
export async function resolveCommit(repo: string, ref: string): Promise<string> {
  // A ref starting with '-' would be read as an option.
  if (ref.startsWith('-') || ref.trim() === '') throw new GitError(`'${ref}' is not a git ref`);
  try {
    return (await git(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).toString('utf8').trim();
  } catch {
    throw new GitError(`'${ref}' does not name a commit in ${repo}`);
  }
}

/** Path relative to the repository, as git names it (POSIX separators). */
const gitPath = (repo: string, absolute: string): string => posixRelative(repo, absolute);

/**
 * A blob's text, through the same size cap and decoding as files on disk (`sourceFromBytes`);
 * undefined when the object does not exist (a new file).
 */
async function show(repo: string, object: string): Promise<Source | undefined> {
  try {
    return sourceFromBytes(await git(repo, ['show', '--no-textconv', object]));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
      return { ok: false, reason: overLimit() };
    return undefined; // not in that tree: a new file
  }
}

/** A file at a commit (text, or why it cannot be linted), or undefined when it does not exist there. */
export function fileAtRef(repo: string, commit: string, absolute: string): Promise<Source | undefined> {
  return show(repo, `${commit}:${gitPath(repo, absolute)}`);
}

/** A file's staged version (the index, stage 0), or undefined when it is not in the index. */
export function fileInIndex(repo: string, absolute: string): Promise<Source | undefined> {
  return show(repo, `:${gitPath(repo, absolute)}`);
}

/** The text of a version, or undefined when it is absent or cannot be read as text. */
export const textOf = (source: Source | undefined): string | undefined => (source?.ok ? source.text : undefined);

/**
 * Which of `paths` (repo-relative, POSIX) a `.gitignore` (or the repository's other exclude files)
 * ignores, tracked or not: `git check-ignore --no-index`, one process for them all.
 */
export function ignoredPaths(repo: string, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return Promise.resolve(new Set());
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['check-ignore', '--no-index', '-z', '--stdin'],
      { cwd: repo, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      (error, stdout) => {
        // Exit code 1: none of them is ignored.
        if (error && error.code !== 1)
          reject(new GitError(`git check-ignore failed in ${repo}: ${String(error.message).split('\n')[0]}`));
        else resolve(new Set(stdout.toString('utf8').split('\0').filter(Boolean)));
      },
    );
    child.stdin?.end(paths.map((p) => `${p}\0`).join(''));
  });
}
