/**
 * Reading the JSON build configuration of a repository (publishing config, redirection files)
 * through the source module (regular files only, never through a symlink out of the repository,
 * non-blocking): UTF-8 like articles, but with a larger size limit, since a redirection file of
 * a large docset holds thousands of entries (cpp-docs: 0.6 MB, 3,138 entries).
 */
import { readJsonFile as readJson } from '../source/json.js';
import { readSource } from '../source/text.js';

/** Configuration files larger than this are not read. */
export const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

/** The text of a configuration file of the repository `repoRoot` (BOM removed), or why it cannot be read. Never throws. */
export function readConfigText(
  file: string,
  repoRoot: string,
): { ok: true; text: string } | { ok: false; reason: string } {
  const source = readSource(file, { root: repoRoot, maxBytes: MAX_CONFIG_BYTES });
  return source.ok ? { ok: true, text: source.text } : { ok: false, reason: source.reason };
}

/** A configuration file parsed as JSON; undefined when it is missing, unreadable or not JSON. */
export function readJsonFile(file: string, repoRoot: string): unknown {
  const read = readJson(file, { root: repoRoot, maxBytes: MAX_CONFIG_BYTES });
  return read.ok ? read.value : undefined;
}
