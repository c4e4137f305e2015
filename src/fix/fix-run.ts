/**
 * `--fix` and `--fix-dry-run`: lint, apply every file's fixes in memory, re-lint the fixed texts
 * (cross-file rules see them too), up to `maxPasses` times, then write the files that changed,
 * atomically, keeping BOM, line endings and mode. Only files the run linted are ever written.
 *
 * Fixes are computed on exactly the text they are applied to: a file's text is read once and
 * pinned (`LintOptions.overlay`), and every pass lints that text, in `--staged` mode too. Under
 * `--staged` a file whose working tree differs from its staged version is not fixed at all: the
 * findings are about the staged text, and the working tree holds other work.
 */
import { accessSync, constants, lstatSync } from 'node:fs';
import path from 'node:path';
import { lint, type LintOptions, type LintResult } from '../engine/lint.js';
import { fileInIndex, repoRoot } from '../git/git.js';
import { DeferredSignals } from '../output/signals.js';
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
  /** Files with fixes that were not fixed at all, and why (`--staged`: unstaged changes). */
  skipped: { filePath: string; reason: string }[];
  passes: number;
}

/** Why a file with unstaged changes is not fixed under `--staged`. */
export const UNSTAGED_CHANGES =
  'it has unstaged changes (the working tree differs from the staged version the findings are about); stage or stash them, then run --fix again';

/** Fix files; writes nothing when `dryRun`. */
export async function fixRun(
  options: LintOptions,
  { dryRun = false, maxPasses = MAX_FIX_PASSES }: { dryRun?: boolean; maxPasses?: number } = {},
): Promise<FixRunResult> {
  const overlay = new Map<string, string>();
  const originals = new Map<string, { bytes: Buffer; text: string; bom: boolean }>();
  const applied = new Map<string, number>();
  const skipped = new Map<string, string>();
  const staged = options.staged === true && options.changedSince === undefined;
  let result = await lint({ ...options, overlay });
  let passes = 0;
  while (passes < maxPasses) {
    let changed = false;
    for (const file of result.results) {
      const fixes = file.findings.flatMap((f) => (f.fix ? [f.fix] : []));
      if (fixes.length === 0) continue;
      const current = overlay.get(file.filePath);
      if (current === undefined) {
        if (skipped.has(file.filePath)) continue;
        // Pin the text first and re-lint it: the fix offsets must be offsets into exactly the
        // text that will be rewritten, even if the file changed since the first read.
        const original = readOriginal(file.filePath);
        if (!original) continue;
        if (staged && !(await matchesIndex(file.filePath, original))) {
          skipped.set(file.filePath, UNSTAGED_CHANGES);
          continue;
        }
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
  const changed = [...overlay]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .filter(([filePath, after]) => after !== originals.get(filePath)!.text);
  // Ctrl-C or SIGTERM now lets the file being written finish, stops before the next, then ends the process.
  const signals = dryRun ? undefined : new DeferredSignals();
  try {
    for (const [filePath, after] of changed) {
      const original = originals.get(filePath)!;
      const fixed: FixedFile = {
        filePath,
        before: original.text,
        after,
        bom: original.bom,
        applied: applied.get(filePath) ?? 0,
      };
      if (signals && (await signals.arrived())) fixed.notWritten = `interrupted (${signals.signal})`;
      else if (dryRun) fixed.notWritten = 'dry run';
      else fixed.notWritten = write(filePath, original.bytes, (original.bom ? '\ufeff' : '') + after);
      if (fixed.notWritten === undefined) delete fixed.notWritten;
      files.push(fixed);
    }
    await signals?.arrived();
  } finally {
    signals?.release();
  }
  return { result, files, skipped: [...skipped].map(([filePath, reason]) => ({ filePath, reason })), passes };
}

/** True when the file's staged version is the text read (or it has none: untracked, no repository). */
async function matchesIndex(file: string, original: { text: string; bom: boolean }): Promise<boolean> {
  const repo = await repoRoot(path.dirname(file));
  const index = repo === undefined ? undefined : await fileInIndex(repo, file);
  return index === undefined || (index.ok && index.text === original.text && index.bom === original.bom);
}

/** The file's bytes and text now; undefined when it cannot be read as UTF-8 (it has no fixes then). */
function readOriginal(file: string): { bytes: Buffer; text: string; bom: boolean } | undefined {
  const read = readBytes(file);
  if (!read.ok) return undefined;
  const source = decodeSource(read.bytes);
  return source.ok ? { bytes: read.bytes, text: source.text, bom: source.bom } : undefined;
}

/** Write unless the file changed since it was read, is a symlink or is read-only; the reason when not written. */
const isWritable = (file: string): boolean => {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

function write(file: string, originalBytes: Buffer, text: string): string | undefined {
  try {
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) return 'a symlink: fix the file it points to instead';
    // The rename would replace it whatever its mode (and root may write anything): ask the mode too.
    if ((stat.mode & 0o222) === 0 || !isWritable(file)) return 'read-only: make it writable to fix it';
    const now = readBytes(file);
    if (!now.ok || !now.bytes.equals(originalBytes)) return 'the file changed on disk during the run';
    writeFileAtomic(file, Buffer.from(text, 'utf8'));
    return undefined;
  } catch (error) {
    return `cannot write: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
  }
}
