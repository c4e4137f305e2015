/**
 * Redirections wherever they live (fixtures/links-redirections: a file at the repository root and
 * a nested one, `source_path` and `source_path_from_root`), link-to-redirected and its fix, and the
 * stricter "did you mean". The reading of redirection files is pinned on its own below.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { entrySource, parseRedirectionFile, parseWithPlaces } from '../../src/docset/redirections.js';
import { posixRelative } from '../../src/text/posix-path.js';
import { lint } from '../../src/engine/lint.js';
import { FIXTURES, lintFixture, TEST_NOW, type Row } from '../helpers.js';
import { runCli } from '../cli.js';
import { tempTree } from '../temp.js';

const LINK_RULES = ['file-not-found', 'bookmark-not-found', 'include-not-found', 'link-to-redirected', 'link-syntax'];
type Expected = [line: number, column: number, ruleId: string, message: string];
const asRows = (file: string, expected: Expected[]): Row[] =>
  expected.map(([line, column, ruleId, message]) => ({ file, line, column, ruleId, message }));
// The fix (the link to write instead) is the finding's detail and fix, pinned where fixes are tested.
const moved = (written: string, to: string, _fix?: string): string => `'${written}' was moved to '${to}'`;

describe('redirections in every redirection file (fixtures/links-redirections)', () => {
  it('link-to-redirected for links to redirected pages, whichever file declares them; file-not-found only for what no redirection covers', async () => {
    const rows = await lintFixture('links-redirections', { noConfig: false, onlyRules: LINK_RULES });
    expect(rows).toEqual(
      asRows('articles/aks/links.md', [
        // Nested file, source_path relative to its folder; the fragment is kept when the new page has it.
        [3, 1, 'link-to-redirected', moved('upgrade-cluster.md', '/azure/aks/upgrade-options', 'upgrade-options.md')],
        [
          3,
          35,
          'link-to-redirected',
          moved('upgrade-cluster.md', '/azure/aks/upgrade-options', 'upgrade-options.md#upgrade-an-aks-cluster'),
        ],
        // A fragment the new page does not have: no fix.
        [5, 1, 'link-to-redirected', moved('./upgrade-cluster.md', '/azure/aks/upgrade-options')],
        // source_path_from_root with a relative redirect URL; the root file's source_path; `~/` stays `~/`.
        [7, 1, 'link-to-redirected', moved('from-root.md', 'upgrade-options', 'upgrade-options.md')],
        [
          7,
          32,
          'link-to-redirected',
          moved('~/articles/aks/old-root.md', '/azure/aks/upgrade-options', '~/articles/aks/upgrade-options.md'),
        ],
        // A chain is followed to its file (with the last redirect's fragment); another site has no file.
        [
          9,
          1,
          'link-to-redirected',
          moved('chain-start.md', '/azure/aks/chain-middle', 'upgrade-options.md#upgrade-an-aks-cluster'),
        ],
        [9, 44, 'link-to-redirected', moved('to-elsewhere.md', 'https://github.com/Azure/AKS')],
        // A redirected file still in the repository: the build follows the redirect, bookmarks are not checked.
        [
          11,
          1,
          'link-to-redirected',
          moved('still-here.md', 'https://learn.microsoft.com/en-us/azure/aks/upgrade-options'),
        ],
        // `:::image link=` is a link like any other.
        [13, 77, 'link-to-redirected', moved('upgrade-cluster.md', '/azure/aks/upgrade-options', 'upgrade-options.md')],
        // A typo of a redirected page: the redirect's target is suggested.
        [15, 1, 'file-not-found', "Cannot find file 'upgrade-clustr.md'"],
        // Unrelated look-alikes are never suggested (auto-upgrade-node.md, create-data-controller-direct-cli.md exist).
        [17, 1, 'file-not-found', "Cannot find file 'upgrade-node.md'"],
        [17, 43, 'file-not-found', "Cannot find file 'create-data-controller-indirect-cli.md'"],
        // Entries the build rejects redirect nothing: a source_path starting with '/', both source keys.
        [19, 1, 'file-not-found', "Cannot find file 'leading-slash.md'"],
        [19, 50, 'file-not-found', "Cannot find file 'both-keys.md'"],
        // `#nope` gets no far-fetched guess; a shortened id gets the full one.
        [21, 1, 'bookmark-not-found', "Cannot find bookmark '#nope'"],
        [21, 43, 'bookmark-not-found', "Cannot find bookmark '#public-cloud'"],
      ]),
    );
  });

  it('the fixes rewrite exactly the link destination, relative to the linking file', async () => {
    const cwd = path.join(FIXTURES, 'links-redirections');
    const result = await lint({ cwd, now: TEST_NOW });
    const text = readFileSync(path.join(cwd, 'articles/aks/links.md'), 'utf8');
    const fixes = result.results
      .flatMap((r) => r.findings)
      .filter((f) => f.ruleId === 'link-to-redirected' && f.fix)
      .map((f) => [f.line, text.slice(f.fix!.range[0], f.fix!.range[1]), f.fix!.text]);
    expect(fixes).toEqual([
      [3, 'upgrade-cluster.md', 'upgrade-options.md'],
      [3, 'upgrade-cluster.md#upgrade-an-aks-cluster', 'upgrade-options.md#upgrade-an-aks-cluster'],
      [7, 'from-root.md', 'upgrade-options.md'],
      [7, '~/articles/aks/old-root.md', '~/articles/aks/upgrade-options.md'],
      [9, 'chain-start.md', 'upgrade-options.md#upgrade-an-aks-cluster'],
      [13, 'upgrade-cluster.md', 'upgrade-options.md'],
    ]);
    expect(
      result.results
        .find((r) => r.path === 'articles/aks/links.md')!
        .findings.filter((f) => f.ruleId === 'link-to-redirected')
        .every((f) => f.severity === 1),
    ).toBe(true);
  });

  it('--fix rewrites links to redirected pages and backslash links in the file', () => {
    const root = tempTree({
      '.openpublishing.publish.config.json': '{}',
      'docfx.json': '{}',
      'a/.openpublishing.redirection.a.json': JSON.stringify({
        redirections: [{ source_path: 'old.md', redirect_url: 'new' }],
      }),
      'a/new.md': '# New\n\n## Section\n',
      'a/page.md': '# Page\n\n[old](old.md#section) [slashes](..\\a\\new.md)\n',
    });
    const run = runCli(['.', '--fix', '--rule', 'front-matter-missing:off'], root);
    expect([run.code, run.stdout, run.stderr]).toEqual([0, '', 'Fixed 2 problems in 1 file; no problems remain\n']);
    expect(readFileSync(path.join(root, 'a/page.md'), 'utf8')).toBe(
      '# Page\n\n[old](new.md#section) [slashes](../a/new.md)\n',
    );
  });

  it('without sitePrefixes a site-relative redirect URL maps to no file: the finding stays, without a fix', async () => {
    const rows = await lintFixture('links-redirections', { onlyRules: ['link-to-redirected'] });
    expect(rows.map((r) => [r.line, r.column, r.message])).toContainEqual([
      3,
      1,
      moved('upgrade-cluster.md', '/azure/aks/upgrade-options'),
    ]);
    // The relative redirect URL needs no prefix.
    expect(rows.map((r) => [r.line, r.column, r.message])).toContainEqual([
      7,
      1,
      moved('from-root.md', 'upgrade-options', 'upgrade-options.md'),
    ]);
  });

  it('reads a redirection file above a docset that is a subfolder of the repository (cpp-docs layout)', async () => {
    const root = tempTree({
      '.openpublishing.publish.config.json': JSON.stringify({ docsets_to_publish: [{ build_source_folder: 'docs' }] }),
      '.openpublishing.redirection.json': JSON.stringify({
        redirections: [
          { source_path: 'docs/old.md', redirect_url: '/cpp/new' },
          { source_path_from_root: '/docs/sub/older.md', redirect_url: 'new' },
          { source_path: 'outside/x.md', redirect_url: '/cpp/x' },
        ],
      }),
      'docs/docfx.json': '{}',
      'docs/a.md': '# A\n\n[old](old.md) [older](sub/older.md) [outside](../outside/x.md)\n',
      'docs/sub/new.md': '# New\n',
    });
    const result = await lint({ cwd: root, patterns: ['docs/a.md'], noConfig: true, now: TEST_NOW });
    expect(
      result.results[0]!.findings.filter((f) => f.ruleId !== 'front-matter-missing').map((f) => [
        f.column,
        f.ruleId,
        f.message,
      ]),
    ).toEqual([
      [1, 'link-to-redirected', moved('old.md', '/cpp/new')],
      [15, 'link-to-redirected', moved('sub/older.md', 'new', 'sub/new.md')],
      [37, 'file-not-found', "Link '../outside/x.md' leaves the docset"],
    ]);
  });

  it('a redirection file that cannot be read is told once per run, not ignored in silence', async () => {
    const root = tempTree({
      '.openpublishing.publish.config.json': '{}',
      'docfx.json': '{}',
      'a/.openpublishing.redirection.a.json': '{ "redirections": [ }',
      'a/page.md': '# Page\n\n[gone](gone.md)\n',
    });
    const result = await lint({
      cwd: root,
      noConfig: true,
      now: TEST_NOW,
      commandLineRules: { 'front-matter-missing': 'off' },
    });
    expect(result.notes).toEqual([
      {
        kind: 'redirection-file-unreadable',
        file: 'a/.openpublishing.redirection.a.json',
        reason: expect.stringMatching(/^not valid JSON/),
        message: expect.stringMatching(
          /^Redirection file 'a\/\.openpublishing\.redirection\.a\.json' was not read \(not valid JSON .*\): links to the pages it redirects may be reported as missing\.$/,
        ),
      },
    ]);
  });
});

describe('entrySource rebases as path.resolve and path.relative do', () => {
  /** The definition: resolved from the file's folder (or the repository root), relative to the docset root. */
  const reference = (written: string, fromRoot: boolean, file: string, repoRoot: string, docsetRoot: string) => {
    const posix = written.trim().replace(/\\/g, '/');
    if (fromRoot !== posix.startsWith('/')) return undefined;
    const absolute = fromRoot ? path.resolve(repoRoot, posix.slice(1)) : path.resolve(path.dirname(file), posix);
    const relative = posixRelative(docsetRoot, absolute);
    return relative === '' || relative.startsWith('../') || relative === '..' || path.isAbsolute(relative)
      ? undefined
      : relative;
  };
  const contexts = [
    { file: '/repo/.openpublishing.redirection.json', repoRoot: '/repo', docsetRoot: '/repo' },
    { file: '/repo/.openpublishing.redirection.json', repoRoot: '/repo', docsetRoot: '/repo/docs' },
    { file: '/repo/docs/sub/.openpublishing.redirection.x.json', repoRoot: '/repo', docsetRoot: '/repo/docs' },
    { file: '/repo/other/.openpublishing.redirection.json', repoRoot: '/repo', docsetRoot: '/repo/docs' },
    { file: '/repo/docs/.openpublishing.redirection.json', repoRoot: '/repo', docsetRoot: '/repo/docs/' },
  ];
  const written = [
    'a.md',
    'docs/a.md',
    'docs',
    'docsx/a.md',
    'docs/sub/b.md',
    'sub/b.md',
    './a.md',
    '../a.md',
    'docs/../docs/a.md',
    'docs//a.md',
    'docs/a.md/',
    '.hidden/a.md',
    '..hidden/a.md',
    'docs/.',
    ' docs\\sub\\c.md ',
    'a b/c d.md',
    '.',
    '..',
  ];

  it('for source_path and source_path_from_root, in and around the docset', () => {
    for (const context of contexts) {
      for (const path of written) {
        expect(entrySource({ sourcePath: path, redirectUrl: '/u', line: 1, column: 1 }, context), path).toBe(
          reference(path, false, context.file, context.repoRoot, context.docsetRoot),
        );
        expect(entrySource({ sourcePathFromRoot: `/${path}`, redirectUrl: '/u', line: 1, column: 1 }, context)).toBe(
          reference(`/${path}`, true, context.file, context.repoRoot, context.docsetRoot),
        );
      }
    }
  });
});

describe('parseRedirectionFile and entrySource', () => {
  const text = [
    '{',
    '  "redirections": [',
    '    { "source_path": "a.md", "redirect_url": " /x/a " },',
    '    {',
    '      "source_path_from_root": "/b\\u002emd",',
    '      "redirect_url": "b"',
    '    },',
    '    { "source_path": "c.md" },',
    '    { "source_path": "a.md", "redirect_url": "/x/again" }',
    '  ]',
    '}',
  ].join('\n');

  it('keeps usable entries with the line and column where their source value starts (escapes decoded, URLs trimmed)', () => {
    expect(parseRedirectionFile(text)).toEqual({
      entries: [
        { sourcePath: 'a.md', redirectUrl: '/x/a', line: 3, column: 23 },
        { sourcePathFromRoot: '/b.md', redirectUrl: 'b', line: 5, column: 33 },
        { sourcePath: 'a.md', redirectUrl: '/x/again', line: 9, column: 23 },
      ],
    });
  });

  it('reads a file in the usual shape as jsonc-parser reads it, places found when asked; any other shape with jsonc-parser', () => {
    const shapes = [
      text,
      // Escaped key names, a repeated key in an entry (the last wins), monikers set to null, a
      // document id given as a string, entries that are not objects, blank and missing values.
      '{ "redirection\\u0073": [ { "source_path": "a.md", "source_path": "b.md", "redirect_url": "/u", "monikers": null },' +
        ' { "source_path": "c.md", "redirect_url": "/v", "redirect_document_id": "true" }, 7, null, [ ],' +
        ' { "source_path": "  ", "redirect_url": "/w" }, { "source_path_from_root": "/d.md", "redirect_url": "  " },' +
        ' { "source_path": "e.md", "source_path_from_root": "/e.md", "redirect_url": "/x" },' +
        ' { "source_path_from_root": "/f.md", "redirect_url": "/y", "redirect_document_id": true, "monikers": ["v1"] } ] }',
      '{ "redirections": [ { "source_path": "a.md", "redirect_url": "/u" } ], "renames": { "b.md": "/v", "b.md": "/w" } }',
      '{ "redirections": { "a.md": "/u", "a.md": "/v" } }',
      '{ "redirections": [ { "source_path": "a.md", "redirect_url": "/u", }, ] }',
      '// comment\n{ "redirections": [ { "source_path": "a.md", "redirect_url": "/u" } ] }',
      '{ "other": [] }',
      '[ { "redirections": [] } ]',
      '"redirections"',
    ];
    for (const shape of shapes) expect(parseRedirectionFile(shape), shape).toEqual(parseWithPlaces(shape));
  });

  it('says why a file cannot be used', () => {
    expect(parseRedirectionFile('[]')).toEqual({ error: "no 'redirections' array" });
    expect(parseRedirectionFile('{')).toMatchObject({ error: expect.stringMatching(/^not valid JSON/) });
  });

  it("rebases source_path on the file's folder and source_path_from_root on the repository root; outside the docset is nothing", () => {
    const context = {
      file: '/repo/articles/aks/.openpublishing.redirection.aks.json',
      repoRoot: '/repo',
      docsetRoot: '/repo',
    };
    expect(entrySource({ sourcePath: 'x.md', redirectUrl: '/u', line: 1, column: 1 }, context)).toBe(
      'articles/aks/x.md',
    );
    expect(entrySource({ sourcePath: '../y.md', redirectUrl: '/u', line: 1, column: 1 }, context)).toBe(
      'articles/y.md',
    );
    expect(entrySource({ sourcePathFromRoot: '/articles/z.md', redirectUrl: '/u', line: 1, column: 1 }, context)).toBe(
      'articles/z.md',
    );
    expect(
      entrySource({ sourcePath: '/articles/z.md', redirectUrl: '/u', line: 1, column: 1 }, context),
    ).toBeUndefined();
    expect(
      entrySource({ sourcePathFromRoot: 'articles/z.md', redirectUrl: '/u', line: 1, column: 1 }, context),
    ).toBeUndefined();
    expect(
      entrySource(
        { sourcePathFromRoot: '/other/z.md', redirectUrl: '/u', line: 1, column: 1 },
        { ...context, docsetRoot: '/repo/articles' },
      ),
    ).toBeUndefined();
  });
});
