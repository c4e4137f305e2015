/** The early start of changed mode's worker thread: which arguments ask for it, what it loads, who uses it. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { asksForChangedMode } from '../../src/cli/warm-up.js';
import { GuardedWorker } from '../../src/engine/guard.js';
import { adoptEarly, startEarly } from '../../src/engine/guarded-thread.js';
import { FILE_HEAP_MB } from '../../src/engine/limits.js';
import { workerScript } from '../../src/engine/worker-protocol.js';

describe('asksForChangedMode', () => {
  it('is true for --staged and --changed-since (either spelling), before any --', () => {
    expect(asksForChangedMode(['--staged'])).toBe(true);
    expect(asksForChangedMode(['docs', '--changed-since', 'main'])).toBe(true);
    expect(asksForChangedMode(['--changed-since=origin/main', '--format', 'json'])).toBe(true);
  });

  it('is false for other runs, and for a file named like the option after --', () => {
    expect(asksForChangedMode([])).toBe(false);
    expect(asksForChangedMode(['docs', '--cache', '--format', 'json'])).toBe(false);
    expect(asksForChangedMode(['--', '--staged'])).toBe(false);
    expect(asksForChangedMode(['--stage'])).toBe(false);
  });
});

/** The project modules `file` imports at run time (type-only imports left out), transitively. */
function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/^import (?!type )[^;]*?from '(\.[^']+)';/gms)) {
    const target = path.resolve(path.dirname(file), match[1]!.replace(/\.js$/, '.ts'));
    if (seen.has(target)) continue;
    seen.add(target);
    runtimeImports(target, seen);
  }
  return seen;
}

describe('the early start', () => {
  it('loads no rule and no parser before the thread starts (only the thread, its protocol and the limits)', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const loaded = [...runtimeImports(path.join(root, 'src/cli/warm-up.ts'))].map((f) => path.relative(root, f)).sort();
    expect(loaded).toEqual([
      'src/engine/guarded-thread.ts',
      'src/engine/limits.ts',
      'src/engine/worker-protocol.ts',
      'src/meta.ts',
    ]);
  });

  it('starts a thread the guarded worker adopts and runs tasks on, once', () => {
    startEarly();
    const worker = new GuardedWorker();
    try {
      const result = worker.run({ kind: 'summary', path: 'a.md', text: '# Title\n\n## Next step\n' }, 60_000);
      expect(result.summary?.headings.map((h) => h.id)).toEqual(['title', 'next-step']);
      // Taken: a second guarded worker starts its own thread.
      expect(adoptEarly(workerScript(), FILE_HEAP_MB)).toBeUndefined();
    } finally {
      worker.stop();
    }
  });

  it('is not adopted by a guarded worker with another heap or script', () => {
    startEarly();
    expect(adoptEarly(workerScript(), FILE_HEAP_MB + 1)).toBeUndefined();
    expect(adoptEarly('/no/such/worker.js', FILE_HEAP_MB)).toBeUndefined();
    const thread = adoptEarly(workerScript(), FILE_HEAP_MB);
    expect(thread).toBeDefined();
    void thread?.worker.terminate();
  });
});
