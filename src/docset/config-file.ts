/**
 * Reading the JSON build configuration of a repository (publishing config, redirection files):
 * UTF-8 like articles, but with a larger size limit, since a redirection file of a large docset
 * holds thousands of entries (cpp-docs: 0.6 MB, 3,138 entries).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { decodeSource } from '../engine/read-source.js';

/** Configuration files larger than this are not read. */
export const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

/** The text of a configuration file (BOM removed), or why it cannot be read. Never throws. */
export function readConfigText(file: string): { ok: true; text: string } | { ok: false; reason: string } {
  let fd: number | undefined;
  try {
    // Non-blocking, and fstat of the open file: a FIFO in its place must not hang the run.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: 'not a regular file' };
    if (stat.size > MAX_CONFIG_BYTES) return { ok: false, reason: `over the ${MAX_CONFIG_BYTES / 1048576} MB limit` };
    const source = decodeSource(readFileSync(fd));
    return source.ok ? { ok: true, text: source.text } : { ok: false, reason: source.reason };
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A configuration file parsed as JSON; undefined when it is missing, unreadable or not JSON. */
export function readJsonFile(file: string): unknown {
  const text = readConfigText(file);
  if (!text.ok) return undefined;
  try {
    return JSON.parse(text.text) as unknown;
  } catch {
    return undefined;
  }
}
