/**
 * The cache of a whole run (`src/engine/run-cache.ts`): a `--cache` run where nothing it read
 * changed reuses the recorded findings and notes; any change to what the run read (a linted
 * page, a link target inside or outside the lint set, the docset's file listing, a redirection
 * file, docfx.json, a config, "today") makes it lint again, with the findings of an uncached run.
 * A record is seen to be used by planting a finding in it: the planted finding shows only when the
 * record is reused.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNS_FOLDER } from '../../src/engine/run-cache.js';
import { lint, type LintOptions, type LintResult } from '../../src/engine/lint.js';
import { runCli } from '../cli.js';
import { FIXTURES, TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';

/** A private copy of fixtures/run-cache, with its cache folder beside the docset. */
function copyFixture(): string {
  const root = tempTree({});
  cpSync(path.join(FIXTURES, 'run-cache'), path.join(root, 'docs'), { recursive: true });
  return root;
}

const CACHE = 'cache';

/** The options of the tests' runs: the fixture's `articles/` folder linted from the temp folder. */
function optionsFor(cwd: string, more: LintOptions = {}): LintOptions {
  return { cwd, patterns: ['docs/articles'], noConfig: true, now: TEST_NOW, cacheLocation: CACHE, ...more };
}

const recordFiles = (cwd: string): string[] => {
  const folder = path.join(cwd, CACHE, RUNS_FOLDER);
  return existsSync(folder) ? readdirSync(folder).map((name) => path.join(folder, name)) : [];
};

/** Add a made-up finding to the first file of every run record: seen only when a record is used. */
function plantFinding(cwd: string): void {
  const files = recordFiles(cwd);
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const record = JSON.parse(readFileSync(file, 'utf8')) as {
      outcome: { results: { findings: unknown[]; warningCount: number }[] };
    };
    const first = record.outcome.results[0]!;
    first.findings.push({
      ruleId: 'internal-error',
      severity: 1,
      message: 'planted',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 2,
    });
    first.warningCount++;
    writeFileSync(file, JSON.stringify(record));
  }
}

const isPlanted = (result: LintResult): boolean =>
  result.results.some((r) => r.findings.some((f) => f.message === 'planted'));

/** The findings as `rule path:line` strings, to show what a change changed. */
const summary = (result: LintResult): string[] =>
  result.results.flatMap((r) => r.findings.map((f) => `${f.ruleId} ${r.path}:${f.line}`));

/**
 * Fill the cache, plant a finding, make `change`, then lint cached: the record must not be used,
 * and the findings must be those of an uncached run. Returns the findings before and after.
 */
async function afterChange(
  change: (docs: string) => void,
  options: LintOptions = {},
  changed: LintOptions = options,
): Promise<{ before: string[]; after: string[] }> {
  const cwd = copyFixture();
  const before = await lint(optionsFor(cwd, { ...options, cache: true }));
  plantFinding(cwd);
  expect(isPlanted(await lint(optionsFor(cwd, { ...options, cache: true })))).toBe(true);
  change(path.join(cwd, 'docs'));
  const cached = await lint(optionsFor(cwd, { ...changed, cache: true }));
  expect(isPlanted(cached)).toBe(false);
  expect(cached).toEqual(await lint(optionsFor(cwd, changed)));
  // And the run after that is recorded again, with the same findings.
  expect(await lint(optionsFor(cwd, { ...changed, cache: true }))).toEqual(cached);
  return { before: summary(before), after: summary(cached) };
}

const edit = (file: string, from: string, to: string): void => {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

const BEFORE = [
  'ms-date-stale articles/index.md:4',
  'file-not-found articles/index.md:12',
  'link-to-redirected articles/index.md:12',
];

describe('the cache of a whole run', () => {
  it('gives an unchanged run the recorded findings, equal to an uncached run', async () => {
    const cwd = copyFixture();
    const cold = await lint(optionsFor(cwd));
    const first = await lint(optionsFor(cwd, { cache: true }));
    expect(first).toEqual(cold);
    expect(recordFiles(cwd)).toHaveLength(1);
    expect(summary(first)).toEqual(BEFORE);
    expect(await lint(optionsFor(cwd, { cache: true }))).toEqual(cold);
    plantFinding(cwd);
    expect(isPlanted(await lint(optionsFor(cwd, { cache: true })))).toBe(true);
  });

  it('prints byte-identical JSON warm and cold (the CLI)', () => {
    const cwd = copyFixture();
    const args = ['docs/articles', '--no-config', '--format', 'json'];
    const cold = runCli(args, cwd);
    const filled = runCli([...args, '--cache', '--cache-location', CACHE], cwd);
    const warm = runCli([...args, '--cache', '--cache-location', CACHE], cwd);
    expect(cold.code).toBe(1);
    expect(JSON.parse(cold.stdout)).toHaveLength(2);
    expect(filled).toEqual(cold);
    expect(warm).toEqual(cold);
    expect(recordFiles(cwd)).toHaveLength(1);
  });

  it('lints again when a heading a link points at changes in a linted page', async () => {
    const { before, after } = await afterChange((docs) =>
      edit(path.join(docs, 'articles/target.md'), '## Section one', '## Section 1'),
    );
    expect(before).toEqual(BEFORE);
    expect(after).toEqual([...BEFORE, 'bookmark-not-found articles/index.md:10'].sort(byLine));
  });

  it('lints again when a heading changes in a target outside the lint set', async () => {
    const { after } = await afterChange((docs) =>
      edit(path.join(docs, 'outside/page.md'), '## Intro', '## Introduction'),
    );
    expect(after).toEqual([...BEFORE, 'bookmark-not-found articles/index.md:10'].sort(byLine));
  });

  it('lints again when a file a link points at is added, or deleted', async () => {
    const added = await afterChange((docs) =>
      cpSync(path.join(docs, 'articles/target.md'), path.join(docs, 'articles/missing.md')),
    );
    expect(added.after).toEqual(BEFORE.filter((f) => !f.startsWith('file-not-found')));
    const deleted = await afterChange((docs) => rmSync(path.join(docs, 'outside/page.md')));
    expect(deleted.after).toEqual([...BEFORE, 'file-not-found articles/index.md:10'].sort(byLine));
  });

  it('lints again when any file of the docset is added, even one no link names', async () => {
    const { before, after } = await afterChange((docs) => writeFileSync(path.join(docs, 'outside/new.md'), '# New\n'));
    expect(after).toEqual(before);
  });

  it('lints again when a redirection file changes', async () => {
    const { after } = await afterChange((docs) =>
      edit(path.join(docs, '.openpublishing.redirection.json'), 'articles/old.md', 'articles/older.md'),
    );
    expect(after).toEqual(
      BEFORE.filter((f) => !f.startsWith('link-to-redirected')).concat('file-not-found articles/index.md:12'),
    );
  });

  it('lints again when docfx.json changes', async () => {
    const { after } = await afterChange((docs) =>
      edit(
        path.join(docs, 'docfx.json'),
        '"ms.author": { "articles/**.md": "octo" }',
        '"ms.service": { "articles/**.md": "x" }',
      ),
    );
    expect(after).toEqual(
      [...BEFORE, 'ms-author-missing articles/index.md:1', 'ms-author-missing articles/target.md:1'].sort(byLine),
    );
  });

  it('lints again when the date of the run (--now) changes', async () => {
    const { after } = await afterChange(() => {}, {}, { now: '2025-02-01' });
    expect(after).not.toEqual(BEFORE);
    expect(after.filter((f) => f.startsWith('ms-date'))).toEqual(['ms-date-invalid articles/target.md:4']);
  });

  it('lints again when the config changes: a config file, or a rule set on the command line', async () => {
    const config = (severity: string) => (docs: string) =>
      writeFileSync(path.join(docs, '.faqlintrc.json'), JSON.stringify({ rules: { 'ms-date-stale': severity } }));
    const cwd = copyFixture();
    config('error')(path.join(cwd, 'docs'));
    const withConfig = { noConfig: false, cache: true };
    await lint(optionsFor(cwd, withConfig));
    plantFinding(cwd);
    config('off')(path.join(cwd, 'docs'));
    const cached = await lint(optionsFor(cwd, withConfig));
    expect(isPlanted(cached)).toBe(false);
    expect(summary(cached)).toEqual(BEFORE.filter((f) => !f.startsWith('ms-date-stale')));
    expect(cached).toEqual(await lint(optionsFor(cwd, { noConfig: false })));

    const { after } = await afterChange(() => {}, {}, { commandLineRules: { 'link-to-redirected': 'off' } });
    expect(after).toEqual(BEFORE.filter((f) => !f.startsWith('link-to-redirected')));
  });

  it('lints again when a linted page changes', async () => {
    const { after } = await afterChange((docs) =>
      edit(path.join(docs, 'articles/index.md'), '(missing.md)', '(target.md)'),
    );
    expect(after).toEqual(BEFORE.filter((f) => !f.startsWith('file-not-found')));
  });

  it('ignores a tampered record (a message with a control character) and lints again', async () => {
    const cwd = copyFixture();
    const cold = await lint(optionsFor(cwd));
    await lint(optionsFor(cwd, { cache: true }));
    const [file] = recordFiles(cwd);
    writeFileSync(file!, readFileSync(file!, 'utf8').replace('Cannot find file', 'Cannot\\u001b[2J find file'));
    expect(await lint(optionsFor(cwd, { cache: true }))).toEqual(cold);
  });

  it('keeps no record of a docset with a symlinked folder (its files are looked up on disk one by one)', async () => {
    const cwd = copyFixture();
    mkdirSync(path.join(cwd, 'docs/real'));
    writeFileSync(path.join(cwd, 'docs/real/page.md'), '# Page\n');
    symlinkSync(path.join(cwd, 'docs/real'), path.join(cwd, 'docs/linked'));
    const cold = await lint(optionsFor(cwd));
    expect(await lint(optionsFor(cwd, { cache: true }))).toEqual(cold);
    expect(recordFiles(cwd)).toEqual([]);
  });

  it('keeps a record per run identity, the latest four', async () => {
    const cwd = copyFixture();
    for (const now of ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'])
      await lint(optionsFor(cwd, { cache: true, now }));
    expect(recordFiles(cwd)).toHaveLength(4);
    // Moving the records away leaves the per-file cache, which gives the same findings.
    renameSync(path.join(cwd, CACHE, RUNS_FOLDER), path.join(cwd, 'moved'));
    expect(await lint(optionsFor(cwd, { cache: true }))).toEqual(await lint(optionsFor(cwd)));
  });
});

/** `rule path:line` strings in the order results list them: by line within the file. */
function byLine(a: string, b: string): number {
  const line = (s: string): number => Number(s.slice(s.lastIndexOf(':') + 1));
  const file = (s: string): string => s.slice(s.indexOf(' ') + 1, s.lastIndexOf(':'));
  return file(a) < file(b) ? -1 : file(a) > file(b) ? 1 : line(a) - line(b);
}
