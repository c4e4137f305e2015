/**
 * Symlinks, FIFOs, vanished files and bad configs. Links and FIFOs are made at test time in a
 * temp folder (never committed). POSIX only: skipped on Windows, which has no mkfifo.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { allRules } from '../../rules/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { PARSERS } from '../../src/summary/parse-file.js';
import { processFile } from '../../src/engine/process-file.js';
import { readSource } from '../../src/source/text.js';
import { TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';
import { BAD_COMMENT, badCommentRow, lintTree, unreadable, writeCoreOnlyConfig } from './hostile-helpers.js';
import { runCli } from '../cli.js';

const posix = process.platform !== 'win32';

function linkTree(): string {
  const root = tempTree({ 'docfx.json': '{}', 'a.md': `${BAD_COMMENT}\n`, 'real/r.md': '# R\n' });
  const at = (p: string): string => path.join(root, p);
  symlinkSync('a.md', at('link.md'));
  symlinkSync('missing.md', at('dangling.md'));
  symlinkSync('loop2.md', at('loop1.md'));
  symlinkSync('loop1.md', at('loop2.md'));
  symlinkSync('..', at('real/up')); // a folder loop
  symlinkSync('real', at('linked-folder'));
  execFileSync('mkfifo', [at('fifo.md')]);
  return root;
}

describe.runIf(posix)('symlinks, FIFOs and vanished files', () => {
  it('expanding a folder does not follow symlinks: loops, dangling links and FIFOs are passed over', async () => {
    const root = linkTree();
    expect((await lintTree(root)).rows).toEqual([badCommentRow('a.md', 1, 1)]);
  });

  it('a named symlink is followed; a named dangling link, loop or FIFO gets file-unreadable', async () => {
    const root = linkTree();
    const { rows, errorCount } = await lintTree(root, ['link.md', 'dangling.md', 'loop1.md', 'fifo.md', 'real']);
    expect(rows).toEqual([
      unreadable('dangling.md', "Symlink target 'missing.md' does not exist"),
      unreadable('fifo.md', 'Not a regular file (a FIFO, socket or device)'),
      badCommentRow('link.md', 1, 1),
      unreadable('loop1.md', 'Symlink loop: the link resolves to itself'),
    ]);
    expect(errorCount).toBe(4);
  });

  it('a named path that does not exist is a usage error, not a finding', async () => {
    const root = linkTree();
    await expect(lintTree(root, ['a.md', 'gone.md'])).rejects.toThrow("No files matched 'gone.md'");
  });

  it('the real CLI on a FIFO and a dangling link: exit 1 with findings, never blocks on the FIFO', () => {
    const root = linkTree();
    const run = runCli(
      ['fifo.md', 'dangling.md', 'a.md', '--config', writeCoreOnlyConfig(root), '--rule', 'inline-config-invalid:off'],
      root,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Symlink target 'missing.md' does not exist");
    expect(run.stdout).toContain('Not a regular file (a FIFO, socket or device)');
  });

  it('a file that vanishes after discovery is reported, not thrown', () => {
    const root = tempTree({ 'a.md': '# A\n' });
    rmSync(path.join(root, 'a.md'));
    expect(readSource(path.join(root, 'a.md'))).toEqual({
      ok: false,
      reason: 'No such file (deleted or moved during the run, or never there)',
    });
    mkdirSync(path.join(root, 'a.md'));
    expect(readSource(path.join(root, 'a.md'))).toEqual({ ok: false, reason: 'Path is a folder, not a file' });
  });
});

describe('a stack overflow in the parser becomes a finding for that file', () => {
  it('RangeError from parse -> file-too-complex, and no summary; other errors still propagate', () => {
    const config = resolveConfig('/x/a.md', undefined, allRules, {});
    const spy = vi.spyOn(PARSERS.markdown, 'parse').mockImplementation(() => {
      throw new RangeError('Maximum call stack size exceeded');
    });
    try {
      const output = processFile({
        path: 'a.md',
        text: '# A\n\nb\n',
        config,
        settings: { now: TEST_NOW, sitePrefixes: {} },
      });
      expect(output.findings.map((f) => [f.ruleId, f.line, f.column, f.message])).toEqual([
        ['file-too-complex', 1, 1, 'The parser ran out of stack on this file'],
      ]);
      expect(output.summary).toBeUndefined();
    } finally {
      spy.mockRestore();
    }
  });
});

describe('bad config files: exit 2, one line naming the file and the key', () => {
  const cases: [string, string, string, RegExp][] = [
    [
      'invalid JSON',
      '.faqlintrc.json',
      '{"rules": {',
      /^faq-lint: invalid config: .*\.faqlintrc\.json:1:12: invalid JSON: .+\n$/,
    ],
    [
      'invalid YAML',
      '.faqlintrc.yaml',
      'rules:\n  - a\n b: [',
      /^faq-lint: invalid config: .*\.faqlintrc\.yaml:3:1: invalid YAML: .+\n$/,
    ],
    [
      'unknown rule',
      '.faqlintrc.json',
      '{"rules": {"file-unreadabel": "error"}}',
      /^faq-lint: invalid config: .*\.faqlintrc\.json:1:12: rules\.file-unreadabel: unknown rule 'file-unreadabel', did you mean 'file-unreadable'\?\n$/,
    ],
    [
      '__proto__ as a rule id',
      '.faqlintrc.json',
      '{"rules": {"__proto__": "error"}}',
      /^faq-lint: invalid config: .*\.faqlintrc\.json:1:12: rules\.__proto__: unknown rule '__proto__'.*\n$/,
    ],
    [
      'YAML alias bomb',
      '.faqlintrc.yaml',
      `a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n`,
      /^faq-lint: invalid config: .*\.faqlintrc\.yaml: invalid YAML: .*resource exhaustion.*\n$/,
    ],
  ];
  it.each(cases)('%s', (_name, file, content, stderr) => {
    const root = tempTree({ 'docfx.json': '{}', [file]: content, 'a.md': '# A\n' });
    const run = runCli([], root);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(stderr);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('--config naming a missing file: exit 2', () => {
    const root = tempTree({ 'a.md': '# A\n' });
    const run = runCli(['--config', 'nope.json'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^faq-lint: invalid config: .*nope\.json: cannot be read: No such file \(deleted or moved during the run, or never there\)\n$/,
    );
  });
});

describe('a file written while the run reads it', () => {
  it.runIf(posix)('a file swapped for a FIFO between discovery and reading is reported, not blocked on', () => {
    const root = tempTree({ 'a.md': '# A\n' });
    rmSync(path.join(root, 'a.md'));
    execFileSync('mkfifo', [path.join(root, 'a.md')]);
    expect(readSource(path.join(root, 'a.md'))).toEqual({
      ok: false,
      reason: 'Not a regular file (a FIFO, socket or device)',
    });
    writeFileSync(path.join(root, 'b.md'), '');
    expect(readSource(path.join(root, 'b.md'))).toEqual({ ok: true, text: '', bom: false });
  });
});
