/**
 * The log of what a run read through `readSource`, for the cache of a whole run's findings
 * (`src/engine/run-cache.ts`): each file read, with the options it was read with and a digest of
 * what came back (its text, or why it could not be read). A later run that gets the same digest
 * for every logged read read the same bytes. Logs are active only while a cached run lints: a read
 * made while two runs in one process overlap joins both logs, which only makes them stricter.
 */
import { createHash } from 'node:crypto';
import type { ReadOptions } from './read.js';

/** One logged read: the file, the options it was read with, and the digest of the result. */
export interface LoggedRead {
  file: string;
  root?: string;
  maxBytes?: number;
  digest: string;
}

/** A read's result as `readSource` gives it (`Source`, declared here so this module needs nothing of text.ts). */
type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; reason: string };

/** What a read gave: `hash` is the SHA-1 of the text (the per-file cache's content hash). */
export interface SourceDigest {
  digest: string;
  hash?: string;
}

/** The digest of a read: the text's hash and whether it had a BOM, or the reason it failed. */
export function digestSource(source: ReadResult): SourceDigest {
  if (!source.ok) return { digest: `!${source.reason}` };
  const hash = createHash('sha1').update(source.text).digest('hex');
  return { digest: `${source.bom ? 'b' : 't'}${hash}`, hash };
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
export function logRead(file: string, options: ReadOptions, source: ReadResult): void {
  if (active.size === 0) return;
  const { digest } = digestSource(source);
  for (const log of active) log.add(file, options, digest);
}
