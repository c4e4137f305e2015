/**
 * The one way in for every byte faq-lint reads from a repository: articles, link targets,
 * includes, config files, docfx.json, publishing and redirection files, the cache. A file is
 * read only when it is a regular file, when its real path stays inside the repository it lies in
 * (a symlink that leaves it is reported, not followed), and only up to a byte cap that does not
 * trust `stat` (files in /proc say 0 bytes and never end). It is opened without blocking, so a
 * FIFO cannot hang the run. A reason never quotes the file's content: only its path, size or
 * the kind of file it is.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import path from 'node:path';

/**
 * Articles larger than this are not read: a clear finding beats minutes of parsing (remark
 * parses about 0.2 MB of article per CPU second). The largest of 10,589 Learn articles in
 * ../shared/corpus is 0.56 MB, so 4 MB leaves room for seven times that.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

// Opening without blocking: a FIFO swapped in after discovery must not hang the run. Not
// following a symlink in the last component: the real path was checked, and a link swapped in
// since then is refused (ELOOP). (Neither flag exists on Windows, where FIFOs cannot appear
// under a file name and realpath resolves links.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** How to read a file. */
export interface ReadOptions {
  /**
   * The repository the file belongs to. When the file's path lies inside it, its real path must
   * too: a symlink (of the file or of a folder on the way) that leads out is not followed. A
   * path outside `root` (a config in the user's home, a file named on purpose) is read as named.
   */
  root?: string;
  /** At most this many bytes are read; a longer file is refused. Default `MAX_FILE_BYTES`. */
  maxBytes?: number;
}

export type Bytes = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** Read a file's bytes; every failure becomes a one-sentence reason, never an exception. */
export function readBytes(file: string, options: ReadOptions = {}): Bytes {
  return readFileBytes(file, options, false);
}

/**
 * `readBytes` into a buffer that the next read reuses: the caller must be done with the bytes
 * (decoded them) before it reads anything else. For `readSource`, which reads every article of a
 * run: a new buffer per file is external memory, and V8 answered it with a full garbage
 * collection of the whole heap every few hundred files (17 of them in a warm cpp-docs run, whose
 * heap holds every cached summary).
 */
export function readBytesTransient(file: string, options: ReadOptions = {}): Bytes {
  return readFileBytes(file, options, true);
}

function readFileBytes(file: string, { root, maxBytes = MAX_FILE_BYTES }: ReadOptions, transient: boolean): Bytes {
  const absolute = path.resolve(file);
  let real: string;
  try {
    real = realpathSync.native(absolute);
  } catch (error) {
    return { ok: false, reason: reasonFor(absolute, (error as NodeJS.ErrnoException).code) };
  }
  const leaves = root !== undefined && escapes(absolute, real, root);
  if (leaves) return { ok: false, reason: leaves };
  let fd: number | undefined;
  try {
    fd = openSync(real, OPEN_FLAGS);
    // fstat the open file, not the path: what is read is what was checked.
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'Path is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, reason: 'Not a regular file (a FIFO, socket or device)' };
    if (stat.size > maxBytes)
      return { ok: false, reason: `File is ${megabytes(stat.size)} MB, over the ${megabytes(maxBytes)} MB limit` };
    return readCapped(fd, maxBytes, stat.size, transient);
  } catch (error) {
    return { ok: false, reason: reasonFor(absolute, (error as NodeJS.ErrnoException).code) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads are whole blocks of this size (some /proc files refuse reads that are not aligned). */
const BLOCK = 64 * 1024;

/** The buffer `readBytesTransient` reuses (allocated on first use); larger files get their own. */
const SCRATCH_BYTES = 16 * BLOCK;
let scratch: Buffer | undefined;

/**
 * The buffer every read after a file's first goes to (allocated on first use): for a regular file
 * that read only sees the end. A new megabyte for it, per file, was external memory that V8
 * answered with garbage collections; what it does read (a file longer than `stat` said) is copied out.
 */
let more: Buffer | undefined;

/**
 * Read until end of file, never more than `maxBytes` plus one block (the size `stat` gave is
 * only a hint: files in /proc say 0 and may never end).
 */
function readCapped(fd: number, maxBytes: number, sizeHint: number, transient: boolean): Bytes {
  const chunks: Buffer[] = [];
  let total = 0;
  // A regular file usually fits the first read (its size, plus a block to see the end).
  const firstSize = BLOCK * Math.ceil((Math.min(sizeHint, maxBytes) + 1) / BLOCK);
  // Only a first read goes to the scratch buffer: more chunks are concatenated into a new one.
  const first =
    transient && firstSize <= SCRATCH_BYTES
      ? (scratch ??= Buffer.allocUnsafeSlow(SCRATCH_BYTES)).subarray(0, firstSize)
      : Buffer.allocUnsafe(firstSize);
  let read = readSync(fd, first, 0, first.length, null);
  while (read > 0) {
    total += read;
    if (total > maxBytes) return { ok: false, reason: overLimit(maxBytes) };
    chunks.push(chunks.length === 0 ? first.subarray(0, read) : Buffer.from(more!.subarray(0, read)));
    more ??= Buffer.allocUnsafeSlow(16 * BLOCK);
    read = readSync(fd, more, 0, more.length, null);
  }
  return { ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
}

/** The real paths of repository roots, while a run lints (see `rememberRealRoots`). */
let realRoots: Map<string, string> | undefined;
let runsRemembering = 0;

/**
 * Remember each repository root's real path until the returned function is called: a run reads
 * every file of a docset under one root, and resolving the root again for each file was a sixth
 * of the reads' time. Each file's own real path is still resolved at every read.
 */
export function rememberRealRoots(): () => void {
  runsRemembering++;
  realRoots ??= new Map();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--runsRemembering === 0) realRoots = undefined;
  };
}

/** Why `absolute` (lexically inside `root`) may not be read: its real path leaves the repository. */
function escapes(absolute: string, real: string, root: string): string | undefined {
  const lexicalRoot = path.resolve(root);
  if (!isWithin(absolute, lexicalRoot)) return undefined;
  let realRoot = realRoots?.get(lexicalRoot);
  if (realRoot === undefined) {
    try {
      realRoot = realpathSync.native(lexicalRoot);
    } catch {
      realRoot = lexicalRoot;
    }
    realRoots?.set(lexicalRoot, realRoot);
  }
  if (isWithin(real, realRoot)) return undefined;
  return `Symlink leads outside the repository (to '${real}'); faq-lint does not follow it`;
}

/** True when `child` is `parent` or inside it (both absolute). */
export function isWithin(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

/**
 * True when a path inside `root` resolves (through any symlinks) to a regular file or folder
 * inside `root` too. For the file index, which never walks a symlinked folder.
 */
export function resolvesInside(absolute: string, root: string): boolean {
  try {
    return isWithin(realpathSync.native(absolute), realpathSync.native(root));
  } catch {
    return false;
  }
}

const megabytes = (bytes: number): string => String(Math.round((bytes / 1048576) * 10) / 10);

/** The reason for content longer than the cap, when its size is not known beforehand. */
export const overLimit = (maxBytes = MAX_FILE_BYTES): string => `File is over the ${megabytes(maxBytes)} MB limit`;

/** One sentence for an errno code, naming a dangling symlink's target. */
function reasonFor(file: string, code: string | undefined): string {
  if (code === 'ENOENT') {
    const target = symlinkTarget(file);
    return target === undefined
      ? 'No such file (deleted or moved during the run, or never there)'
      : `Symlink target '${target}' does not exist`;
  }
  const reasons: Record<string, string> = {
    ELOOP: 'Symlink loop: the link resolves to itself',
    EACCES: 'Permission denied',
    EPERM: 'Permission denied',
    EISDIR: 'Path is a folder, not a file',
    ENOTDIR: 'No such file (a part of its path is not a folder)',
    ENXIO: 'Not a regular file (a FIFO, socket or device)',
  };
  return reasons[code ?? ''] ?? `Cannot read file (${code ?? 'unknown error'})`;
}

function symlinkTarget(file: string): string | undefined {
  try {
    return lstatSync(file).isSymbolicLink() ? readlinkSync(file) : undefined;
  } catch {
    return undefined;
  }
}
