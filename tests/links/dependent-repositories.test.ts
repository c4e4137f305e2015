/**
 * Dependent repositories (fixtures/links-dependent): one mapped by the config
 * (`dependentRepositories`, to ../reusable-content), one cloned in place, one absent. Includes of
 * the available ones are read like any other; a missing include does not hide a page's ids; the
 * bookmarks left unchecked because of the absent one are told once per run, in every format.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { runCli } from '../cli.js';
import { FIXTURES, lintFixture, TEST_NOW, type Row } from '../helpers.js';
import { tempTree } from '../temp.js';

const DOCSET = path.join(FIXTURES, 'links-dependent', 'docset');
const LINK_RULES = ['file-not-found', 'bookmark-not-found', 'include-not-found'];
const note = (bookmarks: number, repository: string, url: string): string =>
  `${bookmarks} bookmarks on 1 page were not checked because it includes files from '${repository}', which is not available; clone ${url} into ${repository} or map it with \`dependentRepositories\`.`;
const ABSENT = note(2, 'absent-repo', 'https://github.com/Example/absent-repo');
const UNMAPPED = note(4, 'reusable-content', 'https://github.com/MicrosoftDocs/reusable-content');
const row = (file: string, line: number, column: number, ruleId: string, message: string): Row => ({
  file,
  line,
  column,
  ruleId,
  message,
});

describe('dependent repositories (fixtures/links-dependent)', () => {
  it('reads includes from a mapped and an in-place repository: their headings count, nested includes resolve, a missing file there is include-not-found', async () => {
    expect(await lintFixture('links-dependent/docset', { noConfig: false, onlyRules: LINK_RULES })).toEqual([
      row('articles/links.md', 5, 1, 'bookmark-not-found', "Cannot find bookmark '#shared-headng'"),
      // A missing include: the build renders the page without it, so its bookmarks are checked.
      row('articles/links.md', 9, 1, 'bookmark-not-found', "Cannot find bookmark '#own-headng'"),
      row(
        'articles/with-mapped.md',
        9,
        1,
        'include-not-found',
        "Cannot find include file '~/reusable-content/includes/sahred.md'",
      ),
      row(
        'articles/with-missing-include.md',
        3,
        1,
        'include-not-found',
        "Cannot find include file '../includes/missing.md'",
      ),
    ]);
  });

  it('says once per run how many bookmarks an absent repository left unchecked', async () => {
    const result = await lint({ cwd: DOCSET, now: TEST_NOW });
    expect(result.notes).toEqual([
      {
        kind: 'dependent-repository-unavailable',
        message: ABSENT,
        repository: 'absent-repo',
        url: 'https://github.com/Example/absent-repo',
        expectedAt: path.join(DOCSET, 'absent-repo'),
        bookmarks: 2,
        pages: 1,
      },
    ]);
  });

  it("without the mapping, the repository is absent: its pages keep today's caution and the note names it too", async () => {
    const result = await lint({ cwd: DOCSET, now: TEST_NOW, noConfig: true });
    expect(result.notes?.map((n) => n.message)).toEqual([ABSENT, UNMAPPED]);
    const messages = result.results
      .flatMap((r) => r.findings)
      .filter((f) => f.ruleId === 'bookmark-not-found')
      .map((f) => f.message);
    expect(messages).toEqual(["Cannot find bookmark '#own-headng'"]);
  });

  it('a mapping to a folder that does not exist leaves the repository absent', async () => {
    const root = tempTree({
      '.openpublishing.publish.config.json': JSON.stringify({
        dependent_repositories: [{ path_to_root: 'shared', url: 'https://example.com/shared' }],
      }),
      '.faqlintrc.json': JSON.stringify({ dependentRepositories: { shared: '../nowhere' } }),
      'docfx.json': '{}',
      'a.md': '# A\n\n[!INCLUDE [x](~/shared/x.md)]\n\n[b](b.md#x)\n',
      'b.md': '# B\n\n[!INCLUDE [x](~/shared/x.md)]\n',
    });
    const result = await lint({ cwd: root, now: TEST_NOW, commandLineRules: { 'front-matter-missing': 'off' } });
    expect(result.errorCount).toBe(0);
    expect(result.notes?.map((n) => n.message)).toEqual([
      "1 bookmark on 1 page was not checked because it includes files from 'shared', which is not available; clone https://example.com/shared into shared or map it with `dependentRepositories`.",
    ]);
  });
});

describe('where a config may map a dependent repository (a config is data a pull request controls)', () => {
  it('not to a folder that is neither a git clone nor beside the repository: `/` stays absent, nothing of it is read', async () => {
    const top = tempTree({
      'repo/.openpublishing.publish.config.json': JSON.stringify({
        dependent_repositories: [{ path_to_root: 'shared', url: 'https://example.com/shared' }],
      }),
      'repo/.faqlintrc.json': JSON.stringify({ dependentRepositories: { shared: '/' } }),
      'repo/docfx.json': '{}',
      'repo/a.md': '# A\n\n[!INCLUDE [x](~/shared/etc/passwd.md)]\n',
      'beside/x.md': '# Beside\n',
    });
    // A git clone somewhere else entirely (another temp folder).
    const clone = tempTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'x.md': '# From the clone\n' });
    const noClone = tempTree({ 'x.md': '# Not a clone\n' });
    const root = path.join(top, 'repo');
    const lintWith = async (target: string) => {
      writeFileSync(path.join(root, '.faqlintrc.json'), JSON.stringify({ dependentRepositories: { shared: target } }));
      return lint({
        cwd: root,
        now: TEST_NOW,
        commandLineRules: { 'front-matter-missing': 'off', 'h1-missing': 'off' },
      });
    };
    // '/' is refused: the repository stays absent (an include into it is not checked), and nothing of / is indexed.
    expect((await lintWith('/')).errorCount).toBe(0);
    // A sibling folder or a git clone elsewhere is used: the include is checked there.
    writeFileSync(path.join(root, 'a.md'), '# A\n\n[!INCLUDE [x](~/shared/missing.md)]\n');
    for (const target of ['../beside', clone]) {
      expect((await lintWith(target)).results.flatMap((r) => r.findings.map((f) => f.ruleId))).toEqual([
        'include-not-found',
      ]);
    }
    for (const target of ['/', noClone])
      expect((await lintWith(target)).results.flatMap((r) => r.findings.map((f) => f.ruleId))).toEqual([]);
  });
});

describe('the run note in every format', () => {
  const args = ['articles/links.md', '--no-config', '--rule', 'front-matter-missing:off'];

  it('stylish: a footer line, after the findings', () => {
    const run = runCli(args, DOCSET);
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split('\n').slice(-2)).toEqual([`note: ${ABSENT}`, `note: ${UNMAPPED}`]);
    expect(run.stderr).toBe('');
  });

  it('stylish on a clean run: the note alone, exit code 0', () => {
    const root = tempTree({
      '.openpublishing.publish.config.json': JSON.stringify({
        dependent_repositories: [{ path_to_root: 'shared', url: 'https://example.com/shared' }],
      }),
      'docfx.json': '{}',
      'a.md': '# A\n\n[b](b.md#x)\n',
      'b.md': '# B\n\n[!INCLUDE [x](~/shared/x.md)]\n',
    });
    const run = runCli(['.', '--rule', 'front-matter-missing:off'], root);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "note: 1 bookmark on 1 page was not checked because it includes files from 'shared', which is not available; clone https://example.com/shared into shared or map it with `dependentRepositories`.\n",
    );
  });

  it("json stays ESLint's array (the note goes to stderr); json-with-metadata carries it", () => {
    const json = runCli([...args, '--format', 'json'], DOCSET);
    expect(Array.isArray(JSON.parse(json.stdout))).toBe(true);
    expect(json.stderr).toBe(`faq-lint: note: ${ABSENT}\nfaq-lint: note: ${UNMAPPED}\n`);
    const withMetadata = runCli([...args, '--format', 'json-with-metadata'], DOCSET);
    const parsed = JSON.parse(withMetadata.stdout) as {
      results: unknown[];
      metadata: { notes: { message: string; bookmarks: number }[] };
    };
    expect(parsed.results).toHaveLength(1);
    expect(parsed.metadata.notes.map((n) => [n.message, n.bookmarks])).toEqual([
      [ABSENT, 2],
      [UNMAPPED, 4],
    ]);
    expect(withMetadata.stderr).toBe('');
  });

  it('sarif: a run property; github: a notice; the Markdown summary: a note line', () => {
    const root = tempTree({});
    const sarif = runCli([...args, '--format', 'sarif', '--summary', path.join(root, 'summary.md')], DOCSET);
    const log = JSON.parse(sarif.stdout) as { runs: { properties: { notes: { kind: string; message: string }[] } }[] };
    expect(log.runs[0]!.properties.notes.map((n) => [n.kind, n.message])).toEqual([
      ['dependent-repository-unavailable', ABSENT],
      ['dependent-repository-unavailable', UNMAPPED],
    ]);
    expect(readFileSync(path.join(root, 'summary.md'), 'utf8')).toContain(
      `> **Note:** ${ABSENT.replace(/([`_[\]])/g, '\\$1')}\n`,
    );
    const github = runCli([...args, '--format', 'github'], DOCSET);
    expect(github.stdout.trimEnd().split('\n').slice(-2)).toEqual([
      `::notice title=faq-lint::${ABSENT}`,
      `::notice title=faq-lint::${UNMAPPED}`,
    ]);
  });
});
