/**
 * Metadata a docset's `docfx.json` gives its files: `build.globalMetadata` for every file, then
 * `build.fileMetadata` (key -> glob -> value) for the files a glob matches. The Learn build merges
 * these under each file's own front matter before it validates metadata, so a key set here is
 * not missing (cpp-docs sets `author`, `ms.author` and `ms.topic` this way for ~9,700 articles).
 */
import path from 'node:path';
import picomatch from 'picomatch';
import { readJsonFile } from '../source/json.js';
import { trimTrailing } from '../text/linear.js';

/** The metadata sections of a docfx.json, globs compiled. */
export interface DocfxMetadata {
  global: Record<string, unknown>;
  /** Per key: [matcher, value] in declaration order (a later match wins, as in docfx). */
  files: Record<string, { match: (path: string) => boolean; value: unknown }[]>;
  /** `build.content` groups: a file is built as a page when one includes it; undefined when none is declared. */
  content:
    { src: string; dest: string; files: (path: string) => boolean; exclude: (path: string) => boolean }[] | undefined;
  /** True when files get versions (monikers) from docfx.json: see `DocsetView.isVersioned`. */
  versioned: boolean;
}

const EMPTY: DocfxMetadata = { global: {}, files: {}, content: undefined, versioned: false };

/** Keys by which docfx.json gives files versions (docfx v3 `MonikerProvider.GetConfigMonikerRange`, and metadata it reads). */
const VERSION_KEYS = ['monikerRange', 'moniker_range', 'monikers', 'replace_monikers', 'exclude_monikers'];

function isVersioned(build: Record<string, unknown>): boolean {
  const hasVersionKey = (record: unknown): boolean => isRecord(record) && VERSION_KEYS.some((key) => key in record);
  if (hasVersionKey(build) || hasVersionKey(build.globalMetadata) || hasVersionKey(build.fileMetadata)) return true;
  if (isRecord(build.groups) && Object.values(build.groups).some(hasVersionKey)) return true;
  return Array.isArray(build.content) && build.content.some((g) => isRecord(g) && ('version' in g || 'group' in g));
}

/**
 * A docfx glob as a picomatch glob. In docfx `**` also matches inside a segment
 * (`assembler/**.md` is every .md below `assembler/`); picomatch reads that `**` as `*`.
 */
export function docfxGlob(glob: string): string {
  return glob.replace(/\*\*(?!\/|$)/g, '**/*');
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Compile the metadata sections of a parsed docfx.json (pure; unknown shapes give nothing). */
export function docfxMetadataOf(config: unknown): DocfxMetadata {
  const build = isRecord(config) && isRecord(config.build) ? config.build : undefined;
  if (!build) return EMPTY;
  const global = isRecord(build.globalMetadata) ? build.globalMetadata : {};
  const files: DocfxMetadata['files'] = {};
  if (isRecord(build.fileMetadata)) {
    for (const [key, byGlob] of Object.entries(build.fileMetadata)) {
      if (!isRecord(byGlob)) continue;
      // docfx globs are case-insensitive by default.
      files[key] = Object.entries(byGlob).map(([glob, value]) => ({ match: fileMetadataMatcher(glob), value }));
    }
  }
  return { global, files, content: contentOf(build.content), versioned: isVersioned(build) };
}

/** A literal folder path, nothing a glob or an escape could make match otherwise. */
const LITERAL_FOLDER = /^[\w.\- ]+(?:\/[\w.\- ]+)*$/;

/**
 * A `fileMetadata` glob's matcher (case-insensitive, as in docfx). Every file is tested against
 * every glob (248 in cpp-docs's docfx.json, a tenth of a warm run's CPU), and most globs start
 * with a literal folder (`atl/**.md`): a path outside it is refused by a string comparison
 * before the glob is tried.
 */
export function fileMetadataMatcher(glob: string): (path: string) => boolean {
  const picomatchGlob = docfxGlob(glob);
  const match = picomatch(picomatchGlob, { nocase: true, dot: true });
  const { base, isGlob, negated, prefix } = picomatch.scan(picomatchGlob);
  if (!isGlob || negated || prefix !== '' || !LITERAL_FOLDER.test(base)) return match;
  const folder = `${base.toLowerCase()}/`;
  return (path) => path.slice(0, folder.length).toLowerCase() === folder && match(path);
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

function contentOf(content: unknown): DocfxMetadata['content'] {
  if (!Array.isArray(content)) return undefined;
  const never = (): boolean => false;
  return content.filter(isRecord).map((group) => {
    const src = typeof group.src === 'string' ? trimTrailing(group.src.replace(/^\.\/?/, ''), '/') : '';
    // Where the group is published, under the site's base path ('' for the base itself).
    const dest = typeof group.dest === 'string' ? trimTrailing(group.dest.replace(/^\.\/?/, ''), '/') : '';
    const files = strings(group.files).map(docfxGlob);
    const exclude = strings(group.exclude).map(docfxGlob);
    return {
      src,
      dest,
      files: files.length ? picomatch(files, { nocase: true, dot: true }) : never,
      exclude: exclude.length ? picomatch(exclude, { nocase: true, dot: true }) : never,
    };
  });
}

/**
 * True when docfx.json's `build.content` builds the file (docset-relative path) as a page: a
 * group whose `src` contains it matches it with `files` and not with `exclude`. A docset with
 * no content groups counts every file as in scope.
 */
export function inBuildScope(metadata: DocfxMetadata, relative: string): boolean {
  if (!metadata.content) return true;
  return metadata.content.some(({ src, files, exclude }) => {
    if (src && !relative.startsWith(`${src}/`)) return false;
    const inner = src ? relative.slice(src.length + 1) : relative;
    return files(inner) && !exclude(inner);
  });
}

/** The metadata docfx.json gives the file at a docset-relative POSIX path. */
export function inheritedMetadata(metadata: DocfxMetadata, relative: string): Record<string, unknown> {
  const result: Record<string, unknown> = { ...metadata.global };
  for (const [key, entries] of Object.entries(metadata.files)) {
    for (const { match, value } of entries) if (match(relative)) result[key] = value;
  }
  return result;
}

/**
 * Read `<root>/docfx.json` through the source module (never through a symlink out of
 * `repoRoot`, never a FIFO or device); a missing or unparsable file gives no inherited metadata.
 */
export function readDocfxMetadata(root: string, repoRoot = root): DocfxMetadata {
  const read = readJsonFile(path.join(root, 'docfx.json'), { root: repoRoot });
  try {
    return read.ok ? docfxMetadataOf(read.value) : EMPTY;
  } catch {
    return EMPTY; // a glob picomatch cannot compile
  }
}
