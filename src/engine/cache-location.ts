/**
 * Where `--cache` keeps its file when `--cache-location` is not given. Never a new folder in the
 * repository: a docs repository has no node_modules/, and creating one would show up in its
 * `git status`. So: `node_modules/.cache/faq-lint` when a node_modules folder is already there
 * (the working folder's, else the repository root's: the convention of Babel, ESLint loaders
 * and find-cache-dir), else the user's cache folder, one subfolder per repository.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { sha1 } from './cache.js';

/** The platform facts the choice depends on; injectable so tests need no real home. */
export interface CacheEnvironment {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
}

const processEnvironment = (): CacheEnvironment => ({ env: process.env, platform: process.platform, home: homedir() });

/**
 * The user cache folder: `$XDG_CACHE_HOME` when set, else the platform's
 * (`~/Library/Caches` on macOS, `%LOCALAPPDATA%` on Windows, `~/.cache` elsewhere).
 */
export function userCacheDir({ env, platform, home }: CacheEnvironment): string {
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return env.XDG_CACHE_HOME;
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches');
  if (platform === 'win32') return env.LOCALAPPDATA || path.join(home, 'AppData', 'Local');
  return path.join(home, '.cache');
}

/**
 * The default cache folder for a run in `cwd` inside the repository at `repoRoot`:
 * `<cwd or repoRoot>/node_modules/.cache/faq-lint` when that node_modules exists, else
 * `<user cache>/faq-lint/<repository folder name>-<hash of its path>`.
 */
export function defaultCacheLocation(
  cwd: string,
  repoRoot: string,
  environment: CacheEnvironment = processEnvironment(),
): string {
  for (const dir of new Set([path.resolve(cwd), path.resolve(repoRoot)])) {
    if (existsSync(path.join(dir, 'node_modules'))) return path.join(dir, 'node_modules', '.cache', 'faq-lint');
  }
  const root = path.resolve(repoRoot);
  return path.join(
    userCacheDir(environment),
    'faq-lint',
    `${path.basename(root) || 'root'}-${sha1(root).slice(0, 12)}`,
  );
}
