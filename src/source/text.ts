/**
 * Text as faq-lint lints it: UTF-8 (as the Learn build requires), BOM removed and remembered,
 * anything else a one-sentence reason. For files on disk (`readSource`) and for bytes that come
 * from elsewhere, such as git blobs (`sourceFromBytes`), with the same size cap.
 */
import { MAX_FILE_BYTES, overLimit, readBytesTransient, type ReadOptions } from './read.js';
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { digestSource, logRead, type SourceDigest } from './read-log.js';

export type Source = { ok: true; text: string; bom: boolean } | { ok: false; reason: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A UTF-16 byte order mark, either way round. */
const startsUtf16 = (bytes: Uint8Array): boolean =>
  bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));

/** Decode bytes as the Learn build requires (UTF-8); the BOM is removed and remembered. */
export function decodeSource(bytes: Uint8Array): Source {
  if (startsUtf16(bytes)) return { ok: false, reason: 'File is UTF-16 encoded; save it as UTF-8' };
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

/** Bytes that did not come from `readBytes` (a git blob): the same size cap, then decoded. */
export function sourceFromBytes(bytes: Uint8Array, maxBytes = MAX_FILE_BYTES): Source {
  if (bytes.length > maxBytes) return { ok: false, reason: overLimit(maxBytes) };
  return decodeSource(bytes);
}

/** How `readSource` reads. */
export interface SourceOptions extends ReadOptions {
  /**
   * Not logged for the run cache (`src/source/read-log.ts`): the caller stamps the read itself
   * (the linted files, whose digests the run cache keeps per file).
   */
  unlogged?: boolean;
}

/** Read a file (see `readBytes` for what is refused) and decode it. */
export function readSource(file: string, options: SourceOptions = {}): Source {
  // Decoded right away, so the bytes can live in the reused read buffer.
  const read = readBytesTransient(file, options);
  const source = read.ok ? decodeSource(read.bytes) : read;
  if (!options.unlogged) logRead(file, { root: options.root, maxBytes: options.maxBytes }, source);
  return source;
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
  if (startsUtf16(bytes) || bytes.includes(0) || !isUtf8(bytes)) return digestSource(decodeSource(bytes));
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const hash = createHash('sha1')
    .update(bom ? bytes.subarray(3) : bytes)
    .digest('hex');
  return { digest: `${bom ? 'b' : 't'}${hash}`, hash };
}
