/**
 * The few git reads faq-lint needs, for rules that compare a file with its previous version
 * (`--changed-since <ref>`, `--staged`). Runs `git` with execFile (no shell); every failure is
 * an `undefined` or a GitError, never an unexplained crash.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { decodeSource } from '../engine/read-source.js';
import { posixRelative } from '../text/posix-path.js';

/** A git base that cannot be used: not a repository, an unknown ref. The CLI exits 2 on it. */
export class GitError extends Error {}

/** Files larger than this are not compared (the linter refuses them anyway). */
const MAX_BUFFER = 64 * 1024 * 1024;

function git(cwd: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout) => {
      if (error) reject(error);
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

async function show(repo: string, object: string): Promise<string | undefined> {
  try {
    const source = decodeSource(await git(repo, ['show', '--no-textconv', object]));
    return source.ok ? source.text : undefined;
  } catch {
    return undefined; // not in that tree: a new file
  }
}

/** A file's text (BOM removed) at a commit, or undefined when it does not exist there. */
export function fileAtRef(repo: string, commit: string, absolute: string): Promise<string | undefined> {
  return show(repo, `${commit}:${gitPath(repo, absolute)}`);
}

/** A file's staged text (the index, stage 0), or undefined when it is not in the index. */
export function fileInIndex(repo: string, absolute: string): Promise<string | undefined> {
  return show(repo, `:${gitPath(repo, absolute)}`);
}
