/**
 * What the publishing configuration of a Learn repository (`.openpublishing.publish.config.json`)
 * says about files the checkout may not hold: its dependent repositories
 * (`dependent_repositories[]`: `path_to_root`, `url`, `branch`), which the build clones into
 * `<repository root>/<path_to_root>` before it builds (e.g. `~/reusable-content/...` includes).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { trimLeading, trimTrailing } from '../text/linear.js';
import { readJsonFile } from './config-file.js';

/** A dependent repository as declared. */
export interface DependentRepositoryDeclaration {
  /** `path_to_root`, POSIX, cleaned (no leading `/` or `./`, no trailing `/`). */
  pathToRoot: string;
  /** `url` ('' when not given). */
  url: string;
  /** `branch`, when given. */
  branch?: string;
}

/** The publishing configuration found for a docset. */
export interface PublishConfig {
  /** Folder holding `.openpublishing.publish.config.json` (absolute). */
  dir: string;
  /** Dependent repositories, in declaration order. */
  dependentRepositories: DependentRepositoryDeclaration[];
}

export const PUBLISH_CONFIG = '.openpublishing.publish.config.json';

const clean = (p: string): string => trimTrailing(path.posix.normalize(trimLeading(p.replace(/\\/g, '/'), '/')), '/');

/** Dependent repositories declared by a publish config object. */
export function dependentRepositoriesOf(config: unknown): DependentRepositoryDeclaration[] {
  const repos = (config as { dependent_repositories?: unknown } | undefined)?.dependent_repositories;
  if (!Array.isArray(repos)) return [];
  const out: DependentRepositoryDeclaration[] = [];
  for (const repo of repos as { path_to_root?: unknown; url?: unknown; branch?: unknown }[]) {
    if (typeof repo?.path_to_root !== 'string' || repo.path_to_root.trim() === '') continue;
    out.push({
      pathToRoot: clean(repo.path_to_root.trim()),
      url: typeof repo.url === 'string' ? repo.url : '',
      ...(typeof repo.branch === 'string' ? { branch: repo.branch } : {}),
    });
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
    if (existsSync(file)) return { dir, dependentRepositories: dependentRepositoriesOf(readJsonFile(file, repoRoot)) };
    if ((bounded && dir === path.resolve(repoRoot)) || path.dirname(dir) === dir) return undefined;
  }
}
