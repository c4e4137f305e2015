/**
 * Where the dependent repositories of a docset are, if anywhere. The Learn build clones each into
 * `<repository root>/<path_to_root>`; a writer can do the same (git-ignored), or point faq-lint at
 * a clone elsewhere with the config key `dependentRepositories` ({"reusable-content":
 * "../reusable-content"}, relative to the config file). Pure but for `existsSync`.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { posixRelative } from '../text/posix-path.js';
import type { PublishConfig } from './publish-config.js';
import type { DependentRepositoryInfo } from '../types.js';

/** A dependent repository, and where its files are. */
export interface DependentRepository extends DependentRepositoryInfo {
  /** Docset-relative folder its files appear under (POSIX; may start with `../`). */
  mountPath: string;
  /** Where its files are read from (absolute), or undefined when it is not available here. */
  location: string | undefined;
}

/** The `dependentRepositories` config key, with the folder its paths are relative to. */
export interface DependentRepositoryMap {
  dir: string;
  map: Record<string, string>;
}

const isFolder = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

/** The declared dependent repositories of a docset, each located: mapped by config, else cloned in place. */
export function locateDependentRepositories(publish: PublishConfig | undefined, docsetRoot: string, mapping?: DependentRepositoryMap): DependentRepository[] {
  if (!publish) return [];
  return publish.dependentRepositories.map(({ pathToRoot, url }) => {
    const expectedAt = path.join(publish.dir, pathToRoot);
    const mapped = mapping && Object.entries(mapping.map).find(([name]) => name.replace(/^\/+|\/+$/g, '') === pathToRoot)?.[1];
    let location: string | undefined;
    if (mapped !== undefined) location = isFolder(path.resolve(mapping!.dir, mapped)) ? path.resolve(mapping!.dir, mapped) : undefined;
    else if (existsSync(expectedAt) && isFolder(expectedAt)) location = expectedAt;
    return { name: pathToRoot, url, mountPath: posixRelative(docsetRoot, expectedAt), expectedAt, location };
  });
}

/** The repository whose folder holds a docset-relative path, if any. */
export function repositoryOf(repositories: readonly DependentRepository[], relative: string): DependentRepository | undefined {
  return repositories.find((r) => relative === r.mountPath || relative.startsWith(`${r.mountPath}/`));
}
