/**
 * The layer rule of ARCHITECTURE.md is enforced by `npm run lint` (dependency-cruiser with
 * .dependency-cruiser.cjs). These tests show that it would fail: a copy of the sources with one
 * reverse import, or one cycle, added.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers.js';
import { tempTree } from '../temp.js';

const DEPCRUISE = path.join(REPO_ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** A copy of the sources, the config and the TypeScript config, with `extra` files added. */
function copyWith(extra: Record<string, string>): string {
  const root = tempTree({});
  for (const entry of ['src', 'rules', 'tsconfig.json', '.dependency-cruiser.cjs'])
    cpSync(path.join(REPO_ROOT, entry), path.join(root, entry), { recursive: true });
  for (const [file, text] of Object.entries(extra)) writeFileSync(path.join(root, file), text);
  return root;
}

function cruise(root: string): { code: number | null; out: string } {
  const run = spawnSync(
    process.execPath,
    [DEPCRUISE, 'src', 'rules', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
    { cwd: root, encoding: 'utf8' },
  );
  return { code: run.status, out: run.stdout + run.stderr };
}

describe('the layer rule (npm run lint)', () => {
  it('passes on the sources as they are', () => {
    const run = cruise(copyWith({}));
    expect(run.out).toContain('no dependency violations found');
    expect(run.code).toBe(0);
  });

  it('fails on a reverse import: a rule importing the engine', () => {
    const run = cruise(
      copyWith({ 'rules/reverse.ts': "import { lint } from '../src/engine/lint.js';\nexport const x = lint;\n" }),
    );
    expect(run.code).not.toBe(0);
    expect(run.out).toContain('error layer-rules: rules/reverse.ts → src/engine/lint.ts');
  });

  it('fails on a reverse type-only import: the text helpers importing a docset type', () => {
    const run = cruise(
      copyWith({
        'src/text/reverse.ts': "import type { Docset } from '../docset/docset.js';\nexport type X = Docset;\n",
      }),
    );
    expect(run.code).not.toBe(0);
    expect(run.out).toContain('error layer-base: src/text/reverse.ts → src/docset/docset.ts');
  });

  it('fails on a cycle inside one layer', () => {
    const run = cruise(
      copyWith({
        'src/text/cycle-a.ts': "import { b } from './cycle-b.js';\nexport const a = (): number => b();\n",
        'src/text/cycle-b.ts': "import { a } from './cycle-a.js';\nexport const b = (): number => a();\n",
      }),
    );
    expect(run.code).not.toBe(0);
    expect(run.out).toContain('error no-circular');
  });
});
