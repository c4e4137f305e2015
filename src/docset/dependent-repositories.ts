/**
 * Where the dependent repositories of a docset are, if anywhere. The Learn build clones each into
 * `<repository root>/<path_to_root>`; a writer can do the same (git-ignored), or point faq-lint at
 * a clone elsewhere with the config key `dependentRepositories` ({"reusable-content":
 * "../reusable-content"}, relative to the config file). Pure but for `existsSync`.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isWithin } from '../source/read.js';
import { posixRelative } from '../text/posix-path.js';
import type { PublishConfig } from './publish-config.js';
import type { DependentRepositoryInfo } from '../types.js';
import { trimLeading, trimTrailing } from '../text/linear.js';

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

/**
 * A folder a config may map a dependent repository to: a git work tree (a clone), or a folder
 * beside the repository (in the folder that holds it, as `../reusable-content` is). The mapping
 * comes from a config file, which a pull request controls: without this, `{"x": "/"}` would have
 * faq-lint index and read the whole machine.
 */
function mayMapTo(folder: string, repositoryRoot: string): boolean {
  if (!isFolder(folder)) return false;
  if (existsSync(path.join(folder, '.git'))) return true;
  const beside = path.dirname(path.resolve(repositoryRoot));
  return path.dirname(beside) !== beside && isWithin(path.resolve(folder), beside);
}

/** The declared dependent repositories of a docset, each located: mapped by config, else cloned in place. */
export function locateDependentRepositories(
  publish: PublishConfig | undefined,
  docsetRoot: string,
  mapping?: DependentRepositoryMap,
): DependentRepository[] {
  if (!publish) return [];
  return publish.dependentRepositories.map(({ pathToRoot, url }) => {
    const expectedAt = path.join(publish.dir, pathToRoot);
    const mapped =
      mapping &&
      Object.entries(mapping.map).find(([name]) => trimTrailing(trimLeading(name, '/'), '/') === pathToRoot)?.[1];
    let location: string | undefined;
    if (mapped !== undefined)
      location = mayMapTo(path.resolve(mapping!.dir, mapped), publish.dir)
        ? path.resolve(mapping!.dir, mapped)
        : undefined;
    else if (existsSync(expectedAt) && isFolder(expectedAt)) location = expectedAt;
    return { name: pathToRoot, url, mountPath: posixRelative(docsetRoot, expectedAt), expectedAt, location };
  });
}

/** The repository whose folder holds a docset-relative path, if any. */
export function repositoryOf(
  repositories: readonly DependentRepository[],
  relative: string,
): DependentRepository | undefined {
  return repositories.find((r) => relative === r.mountPath || relative.startsWith(`${r.mountPath}/`));
}
