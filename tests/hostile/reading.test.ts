/**
 * One way in for every byte (src/source): what a pull request can put in place of a file. Symlinks
 * out of the repository (as a linted file, a link target, an include, a folder, a config file,
 * docfx.json, the docset root), special files (FIFOs, devices, /proc files that lie about their
 * size), and file contents that must never be quoted in an error. Links and FIFOs are made at test
 * time in temp folders. POSIX only.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { globbySync } from 'globby';
import { describe, expect, it } from 'vitest';
import { FileIndex } from '../../src/docset/file-index.js';
import { parseJson } from '../../src/source/json.js';
import { readBytes } from '../../src/source/read.js';
import { readSource } from '../../src/source/text.js';
import { parseYamlData } from '../../src/source/yaml.js';
import { REPO_ROOT } from '../helpers.js';
import { git, tempTree } from '../temp.js';
import { CORE_ONLY, lintTree, unreadable } from './hostile-helpers.js';
import { runCli } from '../cli.js';

const posix = process.platform !== 'win32';
const LINK_RULES = {
  ...CORE_ONLY,
  'file-not-found': 'error',
  'bookmark-not-found': 'error',
  'include-not-found': 'error',
} as const;
// The short message (the detail names the symlink: see the Action test, which shows both).
const outsideLink = (link: string): string => `Link '${link}' goes through a symlink that leaves the repository`;

/** A repository (git) with docs/, and a folder beside it that is "outside". */
function repoWithOutside(): { root: string; outside: string; docs: string } {
  const top = tempTree({
    'outside/secret.md': '# Secret heading\n\nroot:x:0:0:secret\n',
    'repo/docs/docfx.json': '{}',
    'repo/docs/a.md': '# A\n',
  });
  const root = path.join(top, 'repo');
  git(root, 'init', '-q');
  return { root, outside: path.join(top, 'outside'), docs: path.join(root, 'docs') };
}

describe('one way in', () => {
  it('no module but src/source reads a file (besides the package.json and schema of faq-lint itself; config/load imports a JS config once the source module checked it)', () => {
    const readers = /\b(readFileSync|readFile|createReadStream|readSync|openSync|opendirSync)\b|\bimport\(/;
    const allowed: Record<string, RegExp> = {
      'src/meta.ts': /readFileSync\(path\.join\(PACKAGE_ROOT, 'package\.json'\)/,
      'src/config/schema.ts': /readFileSync\(path\.join\(PACKAGE_ROOT, 'schema'/,
      'src/config/load.ts': /await import\(pathToFileURL\(absolute\)\.href\)/,
      'src/engine/cache.ts': /openSync\(temp, 'w'\)/,
      'src/engine/run-cache.ts': /openSync\(temp, 'w'\)/,
      'src/fix/write-file.ts': /openSync\(temp, 'wx', mode\)/,
      'src/action/cache.ts': /await import\('@actions\/cache'\)/,
      // Modules of faq-lint (not files of the docset) loaded only when used: the language server
      // (--lsp), --fix, a format's reporter, the parser for in-process lint tasks, globby.
      'src/cli/main.ts':
        /await import\('\.\.\/lsp\/server\.js'\)|import\('\.\.\/fix\/fix-run\.js'\), import\('\.\.\/fix\/diff\.js'\)/,
      'src/reporters/load.ts': /^\s*return \(await import\('\.\/[a-z-]+\.js'\)\)\.\w+;$/,
      'src/engine/task-runner.ts': /await import\('\.\/file-task\.js'\)/,
      'src/engine/discover.ts': /=> import\('globby'\);$/,
    };
    const offenders: string[] = [];
    for (const file of globbySync(['src/**/*.ts', 'rules/**/*.ts'], { cwd: REPO_ROOT })) {
      if (file.startsWith('src/source/')) continue;
      readFileSync(path.join(REPO_ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/^\s*(\*|\/\/|import )/.test(line) || !readers.test(line)) return;
          if (!allowed[file]?.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});

describe.runIf(posix)('symlinks that leave the repository are reported, never followed', () => {
  it('the file index never walks a folder symlink: `docs/r -> /` lists nothing, and no name from outside is suggested', async () => {
    const { root, docs } = repoWithOutside();
    symlinkSync('/', path.join(docs, 'r'));
    mkdirSync(path.join(docs, 'inner'));
    symlinkSync('inner', path.join(docs, 'inside-link'));
    writeFileSync(path.join(docs, 'inner/page.md'), '# Page\n');
    const index = FileIndex.scan(docs, root);
    expect([...index.files].sort()).toEqual(['a.md', 'docfx.json', 'inner/page.md']);
    expect([...index.outsideLinks]).toEqual(['r']);
    // A folder symlink inside the repository is a folder; its files are found one by one, not walked.
    expect([
      index.hasFolder('inside-link'),
      index.hasFile('inside-link/page.md'),
      index.hasFile('inside-link/nope.md'),
    ]).toEqual([true, true, false]);
    writeFileSync(path.join(docs, 'a.md'), '# A\n\n[x](shadow) [y](r/etc/shadow) [z](inside-link/page.md)\n');
    const { rows } = await lintTree(root, ['docs/a.md'], LINK_RULES);
    expect(rows.map((r) => r.message)).toEqual(["Cannot find file 'shadow'", outsideLink('r/etc/shadow')]);
  });

  it('a symlinked file that leads out is not read as a link target: no heading of it is quoted in a suggestion', async () => {
    const { root, docs, outside } = repoWithOutside();
    symlinkSync(path.join(outside, 'secret.md'), path.join(docs, 'c.md'));
    writeFileSync(path.join(docs, 'a.md'), '# A\n\n[x](c.md#secret-headin)\n\n[!INCLUDE [t](c.md)]\n');
    const { rows } = await lintTree(root, ['docs/a.md'], LINK_RULES);
    expect(rows.map((r) => [r.ruleId, r.message])).toEqual([
      ['file-not-found', outsideLink('c.md#secret-headin')],
      ['include-not-found', "Include 'c.md' goes through a symlink that leaves the repository"],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/secret-heading|root:x/);
  });

  it('named on the command line, a file or folder symlink that leads out gets file-unreadable and is not expanded', async () => {
    const { root, docs, outside } = repoWithOutside();
    symlinkSync(path.join(outside, 'secret.md'), path.join(docs, 'c.md'));
    symlinkSync(outside, path.join(docs, 'out'));
    const { rows } = await lintTree(root, ['docs/c.md', 'docs/out']);
    expect(rows).toEqual([
      unreadable(
        'docs/c.md',
        `Symlink leads outside the repository (to '${path.join(outside, 'secret.md')}'); faq-lint does not follow it`,
      ),
      unreadable('docs/out', `Symlink leads outside the repository (to '${outside}'); faq-lint does not follow it`),
    ]);
  });

  it('a config file symlinked to /etc/passwd: exit 2, the reason, not a byte of the file', () => {
    const { root, docs } = repoWithOutside();
    symlinkSync('/etc/passwd', path.join(docs, '.faqlintrc.json'));
    const run = runCli(['docs'], root);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe(
      `faq-lint: invalid config: ${path.join(docs, '.faqlintrc.json')}: cannot be read: Symlink leads outside the repository (to '/etc/passwd'); faq-lint does not follow it\n`,
    );
  });

  it('docsetRoot in a JSON config may not leave the repository, lexically or through a symlink', () => {
    const { root, docs, outside } = repoWithOutside();
    writeFileSync(path.join(docs, '.faqlintrc.json'), JSON.stringify({ docsetRoot: '../..' }));
    const lexical = runCli(['docs'], root);
    expect([lexical.code, lexical.stderr]).toEqual([
      2,
      `faq-lint: invalid config: ${path.join(docs, '.faqlintrc.json')}: docsetRoot: '../..' is outside the repository (${root}); the docset root must be inside it\n`,
    ]);
    symlinkSync(outside, path.join(docs, 'elsewhere'));
    writeFileSync(path.join(docs, '.faqlintrc.json'), JSON.stringify({ docsetRoot: 'elsewhere' }));
    const linked = runCli(['docs'], root);
    expect([linked.code, linked.stderr]).toEqual([
      2,
      `faq-lint: invalid config: ${path.join(docs, '.faqlintrc.json')}: docsetRoot: 'elsewhere' leads outside the repository through a symlink; the docset root must be inside it\n`,
    ]);
  });

  it('docfx.json and the publishing config are not read through a symlink out of the repository', async () => {
    const { root, docs, outside } = repoWithOutside();
    writeFileSync(
      path.join(outside, 'docfx.json'),
      JSON.stringify({ build: { globalMetadata: { author: 'from-outside' } } }),
    );
    execFileSync('rm', [path.join(docs, 'docfx.json')]);
    symlinkSync(path.join(outside, 'docfx.json'), path.join(docs, 'docfx.json'));
    writeFileSync(path.join(docs, 'a.md'), '---\ntitle: T\n---\n# A\n');
    const { rows } = await lintTree(root, ['docs/a.md'], { ...CORE_ONLY, 'author-missing': 'error' });
    expect(rows.map((r) => r.ruleId)).toEqual(['author-missing']);
  });
});

describe.runIf(posix)('special files: never a hang, never an abort, never unbounded memory', () => {
  it('a FIFO or /dev/zero as docfx.json, a FIFO as publishing config: the run goes on', () => {
    const root = tempTree({ 'docs/a.md': '# A\n' });
    git(root, 'init', '-q');
    execFileSync('mkfifo', [path.join(root, 'docs/docfx.json')]);
    execFileSync('mkfifo', [path.join(root, '.openpublishing.publish.config.json')]);
    const fifo = runCli(['docs', '--no-config', '--format', 'json'], root);
    expect(fifo.code).toBe(1);
    expect((JSON.parse(fifo.stdout) as unknown[]).length).toBe(1);
    execFileSync('rm', [path.join(root, 'docs/docfx.json')]);
    symlinkSync('/dev/zero', path.join(root, 'docs/docfx.json'));
    const zero = runCli(['docs', '--no-config', '--format', 'json'], root);
    expect([zero.code, zero.stderr]).toEqual([1, '']);
  });

  it('a file whose stat size is 0 but which never ends (/proc): read only up to the cap', () => {
    expect(readBytes('/proc/self/pagemap', { maxBytes: 64 * 1024 })).toEqual({
      ok: false,
      reason: 'File is over the 0.1 MB limit',
    });
    expect(readBytes('/dev/zero')).toEqual({ ok: false, reason: 'Not a regular file (a FIFO, socket or device)' });
    const run = runCli(['--config', '/proc/self/pagemap'], tempTree({ 'a.md': '# A\n' }));
    expect([run.code, run.stderr]).toEqual([
      2,
      'faq-lint: invalid config: /proc/self/pagemap: cannot be read: File is over the 4 MB limit\n',
    ]);
  });

  it('a link target symlinked to /proc/self/pagemap is not read (it leads out of the repository)', async () => {
    const root = tempTree({ 'docfx.json': '{}', 'a.md': '# A\n\n[x](c.md#nope)\n' });
    git(root, 'init', '-q');
    symlinkSync('/proc/self/pagemap', path.join(root, 'c.md'));
    const { rows } = await lintTree(root, ['a.md'], LINK_RULES);
    expect(rows.map((r) => r.message)).toEqual([outsideLink('c.md#nope')]);
  });

  it('--cache-location under /proc (where mkdir -p never returns) or on a file: one warning, results as without a cache', () => {
    const root = tempTree({ 'a.md': '# A\n', 'cache-file': 'x' });
    const plain = runCli(['--no-config', '--format', 'json'], root);
    for (const [location, code] of [
      ['/proc/nope', 'ENOENT'],
      ['cache-file', 'ENOTDIR'],
      ['cache-file/sub', 'ENOTDIR'],
    ] as const) {
      const run = runCli(['--no-config', '--format', 'json', '--cache', '--cache-location', location], root);
      expect([run.code, run.stdout]).toEqual([plain.code, plain.stdout]);
      expect(run.stderr).toBe(
        `faq-lint: warning: cannot use the cache folder ${path.resolve(root, location)} (${code}); linting without a cache\n`,
      );
    }
  });
});

describe('the cache is never a reason to fail', () => {
  it('a cache that cannot be written (its file is a folder): one warning after the run, the same results', () => {
    const root = tempTree({ 'a.md': '# A\n', 'cache/cache.json/x': '' });
    const plain = runCli(['--no-config', '--format', 'json'], root);
    const run = runCli(['--no-config', '--format', 'json', '--cache', '--cache-location', 'cache'], root);
    expect([run.code, run.stdout]).toEqual([plain.code, plain.stdout]);
    expect(run.stderr).toMatch(
      /^faq-lint: warning: cannot write the cache .*cache\.json \((EISDIR|ENOTEMPTY|EEXIST|ENOTDIR)\); this run's results were not cached\n$/,
    );
    expect(readdirSync(path.join(root, 'cache'))).toEqual(['cache.json']);
  });
});

describe('errors never quote the file', () => {
  it('JSON and YAML problems give the place, not the text', () => {
    const secret = 'root:x:0:0:hunter2';
    expect(parseJson(secret)).toEqual({ ok: false, reason: 'not valid JSON (an unexpected character)' });
    expect(parseJson(`{"a": 1,\n "${secret}" }x`)).toEqual({
      ok: false,
      reason: 'not valid JSON (an unexpected character)',
    });
    expect(parseJson(`{"a": "${secret}"}\n x`)).toEqual({
      ok: false,
      reason: 'not valid JSON (Unexpected non-whitespace character after JSON at line 2, column 2)',
    });
    expect(parseJson('{"a": ')).toEqual({ ok: false, reason: 'not valid JSON (it ends too early)' });
    expect(parseYamlData(`a: b: ${secret}`)).toEqual({
      ok: false,
      reason: 'not valid YAML (Nested mappings are not allowed in compact mappings at line 1, column 4)',
    });
    expect(parseYamlData(`a: *${secret}`)).toEqual({
      ok: false,
      reason: 'not valid YAML (an alias or value that cannot be built)',
    });
    expect(parseYamlData(`a: !${secret} b\nc: [`)).toMatchObject({ ok: false });
    expect(JSON.stringify(parseYamlData(`a: !${secret} b\nc: [`))).not.toContain('hunter2');
  });

  it('a config file holding a secret: the error names the file and the place only', () => {
    const root = tempTree({ '.faqlintrc.json': 'root:x:0:0:hunter2\n', 'a.md': '# A\n' });
    const run = runCli([], root);
    expect([run.code, run.stderr]).toEqual([
      2,
      `faq-lint: invalid config: ${path.join(root, '.faqlintrc.json')}:1:1: invalid JSON: Unexpected character\n`,
    ]);
  });

  it('texts read one after another are each whole, whatever their sizes (the read buffer is reused), and bytes read before stay intact', () => {
    const sizes = [5, 200_000, 3, 1_500_000, 70_000, 1];
    const root = tempTree(Object.fromEntries(sizes.map((n, i) => [`f${i}.md`, String(i % 10).repeat(n)])));
    const kept = readBytes(path.join(root, 'f1.md'));
    sizes.forEach((n, i) => {
      const read = readSource(path.join(root, `f${i}.md`), { root });
      expect(read).toEqual({ ok: true, text: String(i % 10).repeat(n), bom: false });
    });
    expect(kept.ok && kept.bytes.toString('latin1')).toBe('1'.repeat(200_000));
  });

  it('reading a missing file or a folder says so', () => {
    const root = tempTree({ 'a.md': '# A\n' });
    expect(readSource(path.join(root, 'nope.md'))).toEqual({
      ok: false,
      reason: 'No such file (deleted or moved during the run, or never there)',
    });
    expect(readSource(root)).toEqual({ ok: false, reason: 'Path is a folder, not a file' });
    expect(readSource(path.join(root, 'a.md', 'x'))).toEqual({
      ok: false,
      reason: 'No such file (a part of its path is not a folder)',
    });
  });
});
