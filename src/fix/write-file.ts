/** Atomic writes: a temp file in the same folder, then rename over the original. */
import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replace `file` with `bytes` atomically, keeping its permission bits. A reader sees the old
 * file or the new one, never half of one; a crash leaves at most a `.faq-lint-*.tmp` beside it.
 * (Owner and group are not kept: only root could; the new file belongs to whoever runs the fix.)
 */
export function writeFileAtomic(file: string, bytes: Uint8Array): void {
  const mode = statSync(file).mode & 0o7777;
  const temp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.faq-lint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', mode); // exclusive: never follows or reuses an existing path
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    chmodSync(temp, mode); // the umask may have dropped bits at open
    renameSync(temp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
    throw error;
  }
}
