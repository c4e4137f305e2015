/**
 * What the publishing configuration of a Learn repository says about paths the local checkout
 * cannot show: folders mapped to dependent repositories (`dependent_repositories[].path_to_root`
 * in `.openpublishing.publish.config.json`, fetched by the build, e.g. `~/reusable-content/...`)
 * and redirected files (`.openpublishing.redirection*.json`, whose `source_path` a link may still
 * name: the build follows the redirection).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readJsonFile } from '../source/json.js';
import { trimLeading, trimTrailing } from '../text/linear.js';

/** Paths relative to the folder that holds the publishing configuration. */
export interface PublishConfig {
  /** Folder holding `.openpublishing.publish.config.json` (absolute). */
  dir: string;
  /** `path_to_root` of each dependent repository, POSIX, relative to `dir`. */
  dependentRoots: string[];
  /** Redirected source files, POSIX, relative to `dir`. */
  redirectedFiles: string[];
}

const PUBLISH_CONFIG = '.openpublishing.publish.config.json';

/** A publishing file's JSON, read through the source module (inside the repository only). */
function readJson(file: string, repoRoot: string): unknown {
  const read = readJsonFile(file, { root: repoRoot });
  return read.ok ? read.value : undefined;
}

const clean = (p: string): string => trimTrailing(path.posix.normalize(trimLeading(p.replace(/\\/g, '/'), '/')), '/');

/** Dependent repository roots named by a publish config object. */
export function dependentRootsOf(config: unknown): string[] {
  const repos = (config as { dependent_repositories?: unknown } | undefined)?.dependent_repositories;
  if (!Array.isArray(repos)) return [];
  return repos.map((r) => (r as { path_to_root?: unknown }).path_to_root).filter((p): p is string => typeof p === 'string' && p.trim() !== '').map(clean);
}

/** Redirected source paths named by a redirection file object (`source_path` or `source_path_from_root`). */
export function redirectedFilesOf(config: unknown): string[] {
  const redirections = (config as { redirections?: unknown } | undefined)?.redirections;
  if (!Array.isArray(redirections)) return [];
  const out: string[] = [];
  for (const r of redirections) {
    const source = (r as { source_path?: unknown; source_path_from_root?: unknown }).source_path ?? (r as { source_path_from_root?: unknown }).source_path_from_root;
    if (typeof source === 'string' && source.trim() !== '') out.push(clean(source));
  }
  return out;
}

/**
 * The publishing configuration for a docset: the nearest `.openpublishing.publish.config.json`
 * at or above the docset root, never above the git root (when there is one). Undefined if none.
 */
export function readPublishConfig(docsetRoot: string, repoRoot: string): PublishConfig | undefined {
  const bounded = existsSync(path.join(repoRoot, '.git'));
  for (let dir = path.resolve(docsetRoot); ; dir = path.dirname(dir)) {
    const file = path.join(dir, PUBLISH_CONFIG);
    if (existsSync(file)) {
      let redirectedFiles: string[] = [];
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => /^\.openpublishing\.redirection.*\.json$/i.test(n));
      } catch {
        names = [];
      }
      for (const name of names.sort()) redirectedFiles = redirectedFiles.concat(redirectedFilesOf(readJson(path.join(dir, name), repoRoot)));
      return { dir, dependentRoots: dependentRootsOf(readJson(file, repoRoot)), redirectedFiles };
    }
    if ((bounded && dir === path.resolve(repoRoot)) || path.dirname(dir) === dir) return undefined;
  }
}
