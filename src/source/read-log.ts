/**
 * The log of what a run read through `readSource`, for the cache of a whole run's findings
 * (`src/engine/run-cache.ts`): each file read, with the options it was read with and a digest of
 * what came back (its text, or why it could not be read). A later run that gets the same digest
 * for every logged read read the same bytes. Logs are active only while a cached run lints: a read
 * made while two runs in one process overlap joins both logs, which only makes them stricter.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readBytesTransient, type ReadOptions } from './read.js';
import { decodeSource, type Source } from './text.js';

/** One logged read: the file, the options it was read with, and the digest of the result. */
export interface LoggedRead {
  file: string;
  root?: string;
  maxBytes?: number;
  digest: string;
}

/** What a read gave: `hash` is the SHA-1 of the text (the per-file cache's content hash). */
export interface SourceDigest {
  digest: string;
  hash?: string;
}

/** The digest of a read: the text's hash and whether it had a BOM, or the reason it failed. */
export function digestSource(source: Source): SourceDigest {
  if (!source.ok) return { digest: `!${source.reason}` };
  const hash = createHash('sha1').update(source.text).digest('hex');
  return { digest: `${source.bom ? 'b' : 't'}${hash}`, hash };
}

/**
 * `digestSource(readSource(file, options))` without decoding the text: a cached run stamps every
 * linted file, and decoding 45 MB of cpp-docs into strings only to hash them was garbage. The
 * bytes of valid UTF-8 are the text's UTF-8 (which the hash reads), BOM aside; anything that
 * `decodeSource` refuses is decoded, for its reason.
 */
export function digestFile(file: string, options: ReadOptions): SourceDigest {
  const read = readBytesTransient(file, options);
  if (!read.ok) return digestSource(read);
  const bytes = read.bytes;
  const utf16 =
    bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16 || bytes.includes(0) || !isUtf8(bytes)) return digestSource(decodeSource(bytes));
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const hash = createHash('sha1')
    .update(bom ? bytes.subarray(3) : bytes)
    .digest('hex');
  return { digest: `${bom ? 'b' : 't'}${hash}`, hash };
}

const active = new Set<ReadLog>();

export class ReadLog {
  private readonly reads = new Map<string, LoggedRead>();
  /** False once a file gave two different results in one run (it changed while the run read it). */
  stable = true;

  /** Log every `readSource` from now on, until `stop`. */
  start(): this {
    active.add(this);
    return this;
  }

  stop(): void {
    active.delete(this);
  }

  /** Every read logged, in the order first made. */
  entries(): LoggedRead[] {
    return [...this.reads.values()];
  }

  add(file: string, options: ReadOptions, digest: string): void {
    const key = `${file}\0${options.root ?? ''}\0${options.maxBytes ?? ''}`;
    const known = this.reads.get(key);
    if (known) {
      if (known.digest !== digest) this.stable = false;
      return;
    }
    const read: LoggedRead = { file, digest };
    if (options.root !== undefined) read.root = options.root;
    if (options.maxBytes !== undefined) read.maxBytes = options.maxBytes;
    this.reads.set(key, read);
  }
}

/** Called by `readSource` for each read: logged in every active log (none: nothing to do). */
export function logRead(file: string, options: ReadOptions, source: Source): void {
  if (active.size === 0) return;
  const { digest } = digestSource(source);
  for (const log of active) log.add(file, options, digest);
}
