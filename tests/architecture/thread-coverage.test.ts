/**
 * `npm test` measures the code that runs in faq-lint's worker threads (scripts/thread-coverage.mjs):
 * the tests' CLI runs write V8 coverage, each worker thread writes its own, and the script fails
 * below its thresholds. Here with one small CLI run: the worker entry (its guarded-worker half) is
 * counted, and the whole is far below the thresholds, so the check fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli.js';
import { REPO_ROOT } from '../helpers.js';

const root = mkdtempSync(path.join(tmpdir(), 'faq-lint-thread-coverage-'));
const records = path.join(root, 'v8');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('coverage of the code run in worker threads', () => {
  it('counts the worker entry, and fails below the thresholds', () => {
    const env = { FAQ_LINT_THREAD_COVERAGE: records };
    const run = runCli(['fixtures/sample-docset'], REPO_ROOT, { NODE_V8_COVERAGE: records });
    expect(run.code).toBe(1);
    // V8 names a record coverage-<pid>-<time>-<thread id>.json: a worker thread's id is not 0.
    expect(readdirSync(records).filter((name) => /-[1-9]\d*\.json$/.test(name)).length).toBeGreaterThan(0);

    const script = path.join(REPO_ROOT, 'scripts', 'thread-coverage.mjs');
    const check = spawnSync(process.execPath, [script], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
    expect(check.stdout).toMatch(/^Coverage of the code run in worker threads \(\d+ thread records\):/);
    expect(check.stderr).toMatch(/ERROR: Coverage for functions \([\d.]+%\) does not meet global threshold \(70%\)/);
    expect(check.status).toBe(1);

    const summary = JSON.parse(
      readFileSync(path.join(root, 'thread-coverage', 'coverage-summary.json'), 'utf8'),
    ) as Record<string, { lines: { pct: number } }>;
    expect(summary[path.join(REPO_ROOT, 'src', 'engine', 'worker.ts')]!.lines.pct).toBeGreaterThan(50);
  });

  it('fails when no worker thread wrote coverage', () => {
    const empty = path.join(root, 'empty');
    spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'thread-coverage.mjs'), '--clean'], {
      env: { ...process.env, FAQ_LINT_THREAD_COVERAGE: empty },
    });
    const check = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'thread-coverage.mjs')], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, FAQ_LINT_THREAD_COVERAGE: empty },
    });
    expect(check.stderr).toBe(`thread coverage: no worker thread wrote coverage to ${empty}\n`);
    expect(check.status).toBe(1);
  });
});
