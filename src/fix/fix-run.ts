/**
 * `--fix` and `--fix-dry-run`: lint, apply every file's fixes in memory, re-lint the fixed texts
 * (cross-file rules see them too), up to `maxPasses` times, then write the files that changed,
 * atomically, keeping BOM, line endings and mode. Only files the run linted are ever written.
 */
import { lstatSync } from 'node:fs';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import { readBytes } from '../source/read.js';
import { decodeSource } from '../source/text.js';
import { applyFixes } from './apply-fixes.js';
import { writeFileAtomic } from './write-file.js';

/** Passes of fix-then-re-lint; fixes rarely enable further fixes, so a handful is plenty. */
export const MAX_FIX_PASSES = 10;

/** One file whose text the fixes changed. */
export interface FixedFile {
  /** Absolute path. */
  filePath: string;
  /** The file's text as read (BOM removed) and after all passes. */
  before: string;
  after: string;
  bom: boolean;
  /** Fixes applied over all passes. */
  applied: number;
  /** Why the fixed text was not written, when it was not (dry run, changed meanwhile, symlink). */
  notWritten?: string;
}

export interface FixRunResult {
  /** Findings left after the last pass (on the fixed texts). */
  result: LintResult;
  files: FixedFile[];
  passes: number;
}

/** Fix files; writes nothing when `dryRun`. */
export async function fixRun(options: LintOptions, { dryRun = false, maxPasses = MAX_FIX_PASSES }: { dryRun?: boolean; maxPasses?: number } = {}): Promise<FixRunResult> {
  const overlay = new Map<string, string>();
  const originals = new Map<string, { bytes: Buffer; text: string; bom: boolean }>();
  const applied = new Map<string, number>();
  let result = await lint({ ...options, overlay });
  let passes = 0;
  while (passes < maxPasses) {
    let changed = false;
    for (const file of result.results) {
      const fixes = file.findings.flatMap((f) => (f.fix ? [f.fix] : []));
      if (fixes.length === 0) continue;
      const current = overlay.get(file.filePath);
      if (current === undefined) {
        // Pin the text first and re-lint it: the fix offsets must be offsets into exactly the
        // text that will be rewritten, even if the file changed since the first read.
        const original = readOriginal(file.filePath);
        if (!original) continue;
        originals.set(file.filePath, original);
        overlay.set(file.filePath, original.text);
        changed = true;
        continue;
      }
      const next = applyFixes(current, fixes);
      if (next.text === current) continue;
      overlay.set(file.filePath, next.text);
      applied.set(file.filePath, (applied.get(file.filePath) ?? 0) + next.applied);
      changed = true;
    }
    if (!changed) break;
    passes++;
    result = await lint({ ...options, overlay });
  }
  const files: FixedFile[] = [];
  for (const [filePath, after] of [...overlay].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const original = originals.get(filePath)!;
    if (after === original.text) continue;
    const fixed: FixedFile = { filePath, before: original.text, after, bom: original.bom, applied: applied.get(filePath) ?? 0 };
    if (dryRun) fixed.notWritten = 'dry run';
    else fixed.notWritten = write(filePath, original.bytes, (original.bom ? '\ufeff' : '') + after);
    if (fixed.notWritten === undefined) delete fixed.notWritten;
    files.push(fixed);
  }
  return { result, files, passes };
}

/** The file's bytes and text now; undefined when it cannot be read as UTF-8 (it has no fixes then). */
function readOriginal(file: string): { bytes: Buffer; text: string; bom: boolean } | undefined {
  const read = readBytes(file);
  if (!read.ok) return undefined;
  const source = decodeSource(read.bytes);
  return source.ok ? { bytes: read.bytes, text: source.text, bom: source.bom } : undefined;
}

/** Write unless the file changed since it was read or is a symlink; the reason when not written. */
function write(file: string, originalBytes: Buffer, text: string): string | undefined {
  try {
    if (lstatSync(file).isSymbolicLink()) return 'a symlink: fix the file it points to instead';
    const now = readBytes(file);
    if (!now.ok || !now.bytes.equals(originalBytes)) return 'the file changed on disk during the run';
    writeFileAtomic(file, Buffer.from(text, 'utf8'));
    return undefined;
  } catch (error) {
    return `cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
}
