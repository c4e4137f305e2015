import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FILE_NAME, inputKey, InputKeys, LintCache, stableJson } from '../../src/engine/cache.js';
import { discover, lint, type LintOptions, type LintResult } from '../../src/engine/lint.js';
import { RUNS_FOLDER } from '../../src/engine/run-cache.js';
import { FIXTURES, TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';
import { randomEdit, seededRandom } from './edits.js';

/** A private copy of a fixture docset, so the test can edit it; with node_modules/, so the cache goes there. */
function copyFixture(name: string): string {
  const root = tempTree({});
  cpSync(path.join(FIXTURES, name), root, { recursive: true });
  mkdirSync(path.join(root, 'node_modules'));
  return root;
}

const cacheFile = (cwd: string, location = path.join('node_modules', '.cache', 'faq-lint')): string =>
  path.join(cwd, location, CACHE_FILE_NAME);

async function lintBoth(cwd: string, options: LintOptions = {}): Promise<{ cached: LintResult; uncached: LintResult }> {
  const base = { cwd, noConfig: true, now: TEST_NOW, ...options };
  return { cached: await lint({ ...base, cache: true }), uncached: await lint({ ...base, cache: false }) };
}

/**
 * Forget the record of the whole run (`run-cache.ts`), so the next run goes through the per-file
 * cache these tests tamper with: an unchanged run is otherwise answered from its record.
 */
const forgetRuns = (cwd: string, location?: string): void =>
  rmSync(path.join(path.dirname(cacheFile(cwd, location)), RUNS_FOLDER), { recursive: true, force: true });

/** Put a made-up per-file finding into a file's cache entry: seen only when the entry is used. */
function plantFinding(cwd: string, file: string): void {
  forgetRuns(cwd);
  const data = JSON.parse(readFileSync(cacheFile(cwd), 'utf8')) as {
    entries: Record<string, { findings: { findings: unknown[] } }>;
  };
  data.entries[path.join(cwd, file)]!.findings.findings.push({
    ruleId: 'internal-error',
    severity: 2,
    message: 'planted',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
  });
  writeFileSync(cacheFile(cwd), JSON.stringify(data));
}

const planted = (result: LintResult): string[] =>
  result.results.filter((r) => r.findings.some((f) => f.message === 'planted')).map((r) => r.path);

describe('the persistent cache', () => {
  it('gives the findings of an uncached run, on the first run and on the next', async () => {
    const cwd = copyFixture('scale-docset');
    const first = await lintBoth(cwd);
    expect(first.cached).toEqual(first.uncached);
    expect(existsSync(cacheFile(cwd))).toBe(true);
    const second = await lintBoth(cwd);
    expect(second.cached).toEqual(second.uncached);
    expect(second.cached.errorCount).toBe(5);
  });

  it('is used for unchanged files and not for a changed one', async () => {
    const cwd = copyFixture('scale-docset');
    const options = { cwd, noConfig: true, now: TEST_NOW, cache: true };
    await lint(options);
    plantFinding(cwd, 'articles/guide/faq.md');
    plantFinding(cwd, 'articles/guide/configure.md');
    expect(planted(await lint(options))).toEqual(['articles/guide/configure.md', 'articles/guide/faq.md']);
    writeFileSync(
      path.join(cwd, 'articles/guide/faq.md'),
      `${readFileSync(path.join(cwd, 'articles/guide/faq.md'), 'utf8')}\nMore.\n`,
    );
    expect(planted(await lint(options))).toEqual(['articles/guide/configure.md']);
  });

  it('is not used when the config or the run settings differ', async () => {
    const cwd = copyFixture('scale-docset');
    const options = { cwd, noConfig: true, now: TEST_NOW, cache: true };
    await lint(options);
    plantFinding(cwd, 'articles/guide/faq.md');
    expect(planted(await lint({ ...options, commandLineRules: { 'inline-config-invalid': 'warn' } }))).toEqual([]);
    await lint(options);
    plantFinding(cwd, 'articles/guide/faq.md');
    expect(planted(await lint({ ...options, now: '2027-01-01' }))).toEqual([]);
  });

  it('re-checks links into a changed file from unchanged, cached files', async () => {
    const cwd = copyFixture('scale-docset');
    const options = { cwd, noConfig: true, now: TEST_NOW, cache: true };
    await lint(options);
    const file = path.join(cwd, 'reference/api.md');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '## Widget create',
        '## Widget delete\n\n<!-- faq-lint-disable not-a-rule -->',
      ),
    );
    const { cached, uncached } = await lintBoth(cwd);
    expect(cached).toEqual(uncached);
    const rows = (result: LintResult, file: string) =>
      result.results.find((r) => r.path === file)!.findings.map((f) => [f.line, f.ruleId]);
    expect(rows(cached, 'reference/api.md')).toEqual([[13, 'inline-config-invalid']]);
    expect(rows(cached, 'articles/overview.md')).toEqual([
      [15, 'bookmark-not-found'],
      [16, 'bookmark-not-found'],
      [18, 'inline-config-invalid'],
    ]);
  });

  it('re-checks links from a linted subset into a changed file outside it (cached target summaries)', async () => {
    const cwd = copyFixture('scale-docset');
    const options = { cwd, noConfig: true, now: TEST_NOW, cache: true, files: ['articles/overview.md'] };
    await lint(options);
    await lint(options);
    const file = path.join(cwd, 'articles/guide/install.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('## Download the package', '## Get the package'));
    const cached = await lint(options);
    expect(cached).toEqual(await lint({ ...options, cache: false }));
    expect(cached.results[0]!.findings.map((f) => [f.line, f.ruleId])).toEqual([
      [14, 'bookmark-not-found'],
      [15, 'bookmark-not-found'],
      [18, 'inline-config-invalid'],
    ]);
  });

  it('ignores a corrupt or foreign cache file and replaces it with a good one', async () => {
    const cwd = copyFixture('scale-docset');
    const uncached = await lint({ cwd, noConfig: true, now: TEST_NOW });
    const location = 'my-cache';
    for (const garbage of [
      '{"generation": "x", "entries": ',
      'null',
      '[]',
      '{"generation":"old","entries":{}}',
      '\u0000\u0001binary',
    ]) {
      tempWrite(cacheFile(cwd, location), garbage);
      forgetRuns(cwd, location);
      expect(await lint({ cwd, noConfig: true, now: TEST_NOW, cache: true, cacheLocation: location })).toEqual(
        uncached,
      );
      expect(() => JSON.parse(readFileSync(cacheFile(cwd, location), 'utf8')) as unknown).not.toThrow();
    }
  });

  it('drops malformed entries instead of trusting them', async () => {
    const cwd = copyFixture('scale-docset');
    const options = { cwd, noConfig: true, now: TEST_NOW, cache: true };
    const uncached = await lint({ ...options, cache: false });
    await lint(options);
    const data = JSON.parse(readFileSync(cacheFile(cwd), 'utf8')) as { entries: Record<string, unknown> };
    for (const key of Object.keys(data.entries)) data.entries[key] = { hash: 'x', path: 3 };
    writeFileSync(cacheFile(cwd), JSON.stringify(data));
    forgetRuns(cwd);
    expect(await lint(options)).toEqual(uncached);
  });

  it('is written atomically: one complete file, no temp files left behind', async () => {
    const cwd = copyFixture('scale-docset');
    await lint({ cwd, noConfig: true, now: TEST_NOW, cache: true });
    const folder = path.dirname(cacheFile(cwd));
    expect(readdirSync(folder).sort()).toEqual([CACHE_FILE_NAME, RUNS_FOLDER]);
    expect(readdirSync(path.join(folder, RUNS_FOLDER))).toEqual([expect.stringMatching(/^[0-9a-f]{40}\.json$/)]);
    const data = JSON.parse(readFileSync(cacheFile(cwd), 'utf8')) as { entries: Record<string, unknown> };
    expect(
      Object.keys(data.entries)
        .map((f) => path.relative(cwd, f).split(path.sep).join('/'))
        .sort(),
    ).toEqual([
      'articles/guide/configure.md',
      'articles/guide/faq.md',
      'articles/guide/install.md',
      'articles/includes/prerequisites.md',
      'articles/overview.md',
      'reference/api.md',
    ]);
    // Nothing changed: the file is not rewritten.
    const written = statSync(cacheFile(cwd)).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    await lint({ cwd, noConfig: true, now: TEST_NOW, cache: true });
    expect(statSync(cacheFile(cwd)).mtimeMs).toBe(written);
  });

  it('keeps giving uncached findings through rounds of random edits (fixture)', async () => {
    const cwd = copyFixture('scale-docset');
    const random = seededRandom(7);
    const files = (await discover(['.'], cwd)).filter((f) => !f.endsWith('binary.md'));
    for (let round = 0; round < 6; round++) {
      for (let i = 0; i < 2; i++) randomEdit(files[Math.floor(random() * files.length)]!, random);
      const { cached, uncached } = await lintBoth(cwd, { workers: round % 2 === 0 ? 0 : 2 });
      expect(cached).toEqual(uncached);
    }
  });
});

describe('cache keys', () => {
  it('do not depend on key order and ignore undefined fields', () => {
    expect(stableJson({ b: 1, a: [1, { d: undefined, c: 'x' }] })).toBe('{"a":[1,{"c":"x"}],"b":1}');
    expect(inputKey({ a: 1, b: 2 })).toBe(inputKey({ b: 2, a: 1 }));
    expect(inputKey({ a: 1 })).not.toBe(inputKey({ a: 2 }));
  });

  it('memoised per shared object give the key of the inputs themselves', () => {
    const keys = new InputKeys();
    const config = { rules: { x: { severity: 'warn' } } };
    const settings = { now: '2026-11-26' };
    const key = keys.of({ kind: 'lint', config, settings, text: undefined });
    expect(key).toBe(inputKey({ kind: 'lint', config, settings }));
    // An equal copy gives the same key; another value of any field, another key.
    expect(keys.of({ kind: 'lint', config: structuredClone(config), settings, text: undefined })).toBe(key);
    expect(keys.of({ kind: 'lint', config, settings: { now: '2026-11-27' }, text: undefined })).not.toBe(key);
    expect(keys.of({ kind: 'lint', config, settings, previousText: 'old', text: undefined })).toBe(
      inputKey({ kind: 'lint', config, settings, previousText: 'old' }),
    );
    expect(keys.of({ kind: 'summary', config, settings, text: undefined })).not.toBe(key);
  });

  it('match only the same text, path and inputs', () => {
    const root = tempTree({});
    const cache = LintCache.open(root)!;
    const summary = {
      path: 'a.md',
      kind: 'markdown' as const,
      metadata: undefined,
      headings: [],
      anchors: [],
      references: [],
      directives: [],
      lineCount: 1,
      length: 3,
    };
    cache.store('/d/a.md', 'a.md', 'h1', summary, { key: 'k1', findings: [] });
    expect(cache.processed('/d/a.md', 'a.md', 'h1', 'k1')).toEqual({ summary, findings: [] });
    expect(cache.processed('/d/a.md', 'a.md', 'h2', 'k1')).toBeUndefined();
    expect(cache.processed('/d/a.md', 'a.md', 'h1', 'k2')).toBeUndefined();
    expect(cache.processed('/d/a.md', 'b/a.md', 'h1', 'k1')).toBeUndefined();
    expect(cache.summary('/d/a.md', 'a.md', 'h1')).toEqual(summary);
    // A summary-only store for the same text keeps the findings.
    cache.store('/d/a.md', 'a.md', 'h1', summary);
    expect(cache.processed('/d/a.md', 'a.md', 'h1', 'k1')).toEqual({ summary, findings: [] });
    cache.save();
    expect(LintCache.open(root)!.processed('/d/a.md', 'a.md', 'h1', 'k1')).toEqual({ summary, findings: [] });
  });
});

function tempWrite(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}
