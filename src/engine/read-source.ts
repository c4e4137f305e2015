/** Read a file as UTF-8 text, or say in one sentence why it cannot be linted. */
import { readFileSync, statSync } from 'node:fs';

/** Articles larger than this are not read: a clear finding beats minutes of parsing. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

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
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return { ok: false, reason: 'Path is a folder, not a file' };
    if (!stat.isFile()) return { ok: false, reason: 'Not a regular file (a FIFO, socket or device)' };
    if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: `File is ${Math.round(stat.size / 1048576)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit` };
    return decodeSource(readFileSync(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: 'File does not exist (deleted, moved, or a dangling symlink)',
      ELOOP: 'Symlink loop',
      EACCES: 'Permission denied',
      EISDIR: 'Path is a folder, not a file',
    };
    return { ok: false, reason: reasons[code ?? ''] ?? `Cannot read file (${code ?? 'unknown error'})` };
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
