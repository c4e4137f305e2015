/**
 * vitest global setup: every file is parsed and linted in a worker thread, and worker threads
 * run the built code (dist/). Rebuild before the tests when a source file is newer than the
 * build, so `npx vitest run tests/x` never tests stale code. `npm test` builds first anyway.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STAMP = path.join(ROOT, 'dist', 'src', 'engine', 'worker.js');

/** Newest modification time of the TypeScript files under `dir`. */
function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts'))
      time = Math.max(time, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

export default function setup(): void {
  let built = 0;
  try {
    built = statSync(STAMP).mtimeMs;
  } catch {
    built = 0;
  }
  if (built >= Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'rules')))) return;
  execFileSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')],
    { stdio: 'inherit' },
  );
}
