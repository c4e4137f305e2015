/**
 * Which files a change touches, as git reports it: `git diff --name-status -z -M` against a
 * commit (working tree: staged and unstaged) or of the index (`--cached`), plus untracked
 * files for the working tree. Git runs with execFile (no shell); paths come back repo-relative.
 */
import { execFile } from 'node:child_process';
import { GitError, resolveCommit } from './git.js';

/** One changed path. Renames carry the path they had at the base. */
export interface Change {
  status: 'added' | 'modified' | 'deleted' | 'renamed';
  /** Repo-relative POSIX path now (for `deleted`: the path that was deleted). */
  path: string;
  /** For `renamed`: the path at the base. */
  from?: string;
}

/** The tree of an empty commit: the base of `--staged` in a repository without commits. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

function gitText(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, windowsHide: true },
      (error, stdout) => {
        if (error) reject(new GitError(`git ${args[0]} failed in ${cwd}: ${String(error.message).split('\n')[0]}`));
        else resolve(stdout);
      },
    );
  });
}

/** Parse `git diff --name-status -z` output (pure). Copies count as added; type changes as modified. */
export function parseNameStatus(output: string): Change[] {
  const fields = output.split('\0');
  const changes: Change[] = [];
  for (let i = 0; i < fields.length - 1;) {
    const status = fields[i++]!;
    const code = status[0];
    if (code === 'R' || code === 'C') {
      const from = fields[i++]!;
      const to = fields[i++]!;
      changes.push(code === 'R' ? { status: 'renamed', path: to, from } : { status: 'added', path: to });
    } else {
      const file = fields[i++]!;
      if (code === 'A') changes.push({ status: 'added', path: file });
      else if (code === 'D') changes.push({ status: 'deleted', path: file });
      else if (code === 'M' || code === 'T' || code === 'U') changes.push({ status: 'modified', path: file });
    }
  }
  return changes;
}

const DIFF = ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-color', '--ignore-submodules'];

/** The base commit of a comparison: `ref`, or HEAD (none yet: the empty tree) for the index. */
export async function baseOf(repo: string, ref: string | undefined): Promise<string> {
  if (ref !== undefined) return resolveCommit(repo, ref);
  return resolveCommit(repo, 'HEAD').catch(() => EMPTY_TREE);
}

/**
 * Changes of the working tree against `ref` (committed since, staged, unstaged, untracked), or
 * of the index against HEAD when `ref` is undefined (`--staged`).
 */
export async function listChanges(repo: string, ref: string | undefined): Promise<{ base: string; changes: Change[] }> {
  const base = await baseOf(repo, ref);
  if (ref === undefined)
    return { base, changes: parseNameStatus(await gitText(repo, [...DIFF, '--cached', base, '--'])) };
  const changes = parseNameStatus(await gitText(repo, [...DIFF, base, '--']));
  const untracked = (await gitText(repo, ['ls-files', '--others', '--exclude-standard', '-z']))
    .split('\0')
    .filter(Boolean);
  for (const file of untracked) changes.push({ status: 'added', path: file });
  return { base, changes };
}
