/** What a config decides about docsets: the docset root of its files, and the options of their docset. */
import path from 'node:path';
import { Docset } from '../docset/docset.js';
import { findRoots, type Roots } from '../docset/root.js';
import type { Summariser } from '../types.js';
import { ConfigError, type LoadedConfig } from './types.js';

/**
 * The roots for files in `dir` under the config `loaded`: its `docsetRoot` when it sets one, else
 * found by `findRoots`. A `docsetRoot` that is not the folder of the docfx.json above the files is
 * refused: the Learn build resolves `~/` links and applies docfx.json metadata from that folder,
 * so any other root would report false alarms (and miss the inherited metadata).
 */
export function rootsFor(dir: string, loaded: LoadedConfig | undefined, cwd: string): Roots {
  const found = findRoots(dir, cwd);
  const configured = loaded?.config.docsetRoot;
  if (!loaded || configured === undefined) return found;
  const docsetRoot = path.resolve(loaded.dir, configured);
  if (found.reason === 'docfx.json' && found.docsetRoot !== docsetRoot) {
    const docfx = path.join(found.docsetRoot, 'docfx.json');
    throw new ConfigError(
      loaded.path,
      'docsetRoot',
      `'${configured}' is not the folder of ${docfx}, the docset root the Learn build uses for these files (~/ links and docfx.json metadata start there); remove docsetRoot, or set it to '${posixOrDot(path.relative(loaded.dir, found.docsetRoot))}'`,
    );
  }
  return { ...found, docsetRoot, reason: 'config' };
}

const posixOrDot = (relative: string): string => relative.split(path.sep).join('/') || '.';

/**
 * The docset of `roots`, from `docsets` or made now (and kept there). A docset takes the dependent
 * repository map of the config of its first file, as it takes its root.
 */
export function docsetFor(
  docsets: Map<string, Docset>,
  roots: Roots,
  loaded: LoadedConfig | undefined,
  summarise: Summariser,
): Docset {
  let docset = docsets.get(roots.docsetRoot);
  if (!docset) {
    const map = loaded?.config.dependentRepositories;
    docset = new Docset(
      roots,
      undefined,
      map ? { summarise, dependentRepositories: { dir: loaded.dir, map } } : { summarise },
    );
    docsets.set(roots.docsetRoot, docset);
  }
  return docset;
}
