/** Find the docset root and the repository root for a folder. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readJsonFile } from '../source/json.js';

/** Where the docset and its repository start. */
export interface Roots {
  /** The docset root: link paths `~/...` resolve here; the file index covers it. */
  docsetRoot: string;
  /** The repository root: nothing outside it is read. */
  repoRoot: string;
  /** How the docset root was found, for `--print-config` and debugging. */
  reason: 'config' | 'docfx.json' | 'openpublishing' | 'git' | 'cwd';
}

function ancestors(start: string): string[] {
  const out: string[] = [];
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    out.push(dir);
    if (path.dirname(dir) === dir) return out;
  }
}

/** The folders an `.openpublishing.publish.config.json` names as docset sources. */
function publishedFolders(configFile: string, repoRoot: string): string[] {
  const read = readJsonFile(configFile, { root: repoRoot });
  const docsets = read.ok ? (read.value as { docsets_to_publish?: unknown } | null)?.docsets_to_publish : undefined;
  if (!Array.isArray(docsets)) return [];
  return docsets
    .map((d) => (d as { build_source_folder?: unknown } | null)?.build_source_folder)
    .filter((f): f is string => typeof f === 'string');
}

/**
 * The docset root for files under `start`: the nearest folder upward with `docfx.json`; else
 * the `build_source_folder` of an `.openpublishing.publish.config.json` that contains `start`;
 * else the git root; else `cwd`.
 */
export function findRoots(start: string, cwd = process.cwd()): Roots {
  const chain = ancestors(start);
  const gitRoot = chain.find((dir) => existsSync(path.join(dir, '.git')));
  const repoRoot = gitRoot ?? path.resolve(cwd);
  const docfx = chain.find((dir) => existsSync(path.join(dir, 'docfx.json')));
  if (docfx) return { docsetRoot: docfx, repoRoot: gitRoot ?? docfx, reason: 'docfx.json' };
  for (const dir of chain) {
    const opc = path.join(dir, '.openpublishing.publish.config.json');
    if (!existsSync(opc)) continue;
    for (const folder of publishedFolders(opc, gitRoot ?? dir)) {
      const candidate = path.resolve(dir, folder);
      if (isInside(path.resolve(start), candidate))
        return { docsetRoot: candidate, repoRoot: gitRoot ?? dir, reason: 'openpublishing' };
    }
  }
  if (gitRoot) return { docsetRoot: gitRoot, repoRoot: gitRoot, reason: 'git' };
  return { docsetRoot: path.resolve(cwd), repoRoot, reason: 'cwd' };
}

/** True when `child` is `parent` or inside it. */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}
