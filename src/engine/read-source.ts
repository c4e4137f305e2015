/** Read a file as UTF-8 text, or say in one sentence why it cannot be linted. */
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync } from 'node:fs';

/**
 * Articles larger than this are not read: a clear finding beats minutes of parsing (remark
 * parses about 0.2 MB of article per CPU second). The largest of 10,589 Learn articles in
 * ../shared/corpus is 0.56 MB, so 4 MB leaves room for seven times that.
 */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

// Opening without blocking: a FIFO swapped in after discovery must not hang the run.
// (O_NONBLOCK does not exist on Windows, where FIFOs cannot appear under a file name.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export type Source = { ok: true; text: string; bom: boolean } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decode bytes as the Learn build requires (UTF-8); the BOM is removed and remembered. */
export function decodeSource(bytes: Uint8Array): Source {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'File is UTF-16 encoded; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: `File looks binary (NUL byte at offset ${nul}); not a text file` };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { ok: false, reason: `File is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})` };
  }
  const bom = text.charCodeAt(0) === 0xfeff;
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

/** Read and decode a file; every failure becomes a reason, never an exception. */
export function readSource(file: string): Source {
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    // fstat the open file, not the path: what is read is what was checked.
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'Path is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, reason: 'Not a regular file (a FIFO, socket or device)' };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: `File is ${megabytes(stat.size)} MB, over the ${megabytes(MAX_FILE_BYTES)} MB limit` };
    return decodeSource(readFileSync(fd));
  } catch (error) {
    return { ok: false, reason: reasonFor(file, (error as NodeJS.ErrnoException).code) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const megabytes = (bytes: number): string => String(Math.round((bytes / 1048576) * 10) / 10);

/** One sentence for an errno code, naming a dangling symlink's target. */
function reasonFor(file: string, code: string | undefined): string {
  if (code === 'ENOENT') {
    const target = symlinkTarget(file);
    return target === undefined ? 'No such file (deleted or moved during the run, or never there)' : `Symlink target '${target}' does not exist`;
  }
  const reasons: Record<string, string> = {
    ELOOP: 'Symlink loop: the link resolves to itself',
    EACCES: 'Permission denied',
    EPERM: 'Permission denied',
    EISDIR: 'Path is a folder, not a file',
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

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Decode growing prefixes would be quadratic; walk the byte structure instead.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
