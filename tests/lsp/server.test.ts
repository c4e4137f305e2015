/**
 * The language server end to end: `faq-lint --lsp` driven over stdio by a real LSP client
 * (vscode-jsonrpc), on a copy of fixtures/lsp-docset. Open, edit, diagnostics (a cross-file
 * update too), quick fixes applied, completion of Learn ids, go to definition, heading rename
 * across three files with a duplicate-suffix shift, and the index's progress.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  Hover,
  Location,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { FIXTURES, REPO_ROOT, TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';
import {
  BIN,
  LspClient,
  messageOf,
  PULL_CAPABILITIES,
  PUSH_CAPABILITIES,
  row,
  uriOf,
  type ClientOptions,
} from './client.js';

const clients: LspClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
});

/** A copy of the fixture docset, and a started, indexed server on it. */
async function start(
  options: Partial<ClientOptions> = {},
  waitForIndex = true,
): Promise<{ root: string; client: LspClient; file: (relative: string) => string }> {
  const root = tempTree({});
  cpSync(path.join(FIXTURES, 'lsp-docset'), root, { recursive: true });
  const client = new LspClient({
    folders: [root],
    capabilities: PUSH_CAPABILITIES,
    settings: { cache: false },
    env: { FAQ_LINT_NOW: TEST_NOW },
    ...options,
  });
  clients.push(client);
  await client.initialize();
  if (waitForIndex) await client.indexed();
  return { root, client, file: (relative) => path.join(root, relative) };
}

const LINKS_FINDINGS = [
  "15:3 bookmark-not-found Cannot find bookmark '#configur'",
  '16:3 docs-link-absolute Link to Microsoft Learn is absolute',
  "16:3 link-insecure Link 'http://learn.microsoft.com/azure/' uses http",
];

describe('diagnostics', () => {
  it("are the CLI's findings of an open document, from its unsaved text, with the detail and the rule's page", async () => {
    const { client, file } = await start();
    const uri = await client.open(file('articles/links.md'));
    const diagnostics = await client.pushed(uri, 1);
    expect(diagnostics.map(row)).toEqual(LINKS_FINDINGS);
    expect(diagnostics[0]).toMatchObject({
      severity: 1,
      source: 'faq-lint',
      code: 'bookmark-not-found',
      message: "Cannot find bookmark '#configur'\nin 'setup.md'; did you mean '#configure'?",
      codeDescription: { href: 'https://github.com/faq-lint/faq-lint/blob/main/rules/links/bookmark-not-found.md' },
      range: { start: { line: 14, character: 2 }, end: { line: 14, character: 35 } },
    });
    expect(diagnostics[1]!.severity).toBe(2);

    // An edit that is not saved: the server lints the editor's text.
    const version = await client.replace(uri, '#configur)', '#configure)');
    expect((await client.pushed(uri, version)).map(row)).toEqual(LINKS_FINDINGS.slice(1));
    expect(readFileSync(file('articles/links.md'), 'utf8')).toContain('#configur)');
  });

  it('follow a heading edited in another open file at once (cross-file update)', async () => {
    const { client, file } = await start();
    const links = await client.open(file('articles/links.md'));
    await client.pushed(links, 1, (d) => d.length === 3);
    const setup = await client.open(file('articles/setup.md'));
    await client.pushed(setup, 1);
    // The heading the link misses is renamed in setup.md (unsaved): links.md is clean of it.
    await client.replace(setup, '## Configure', '## Configur');
    expect((await client.pushed(links, 1, (d) => d.length === 2)).map(row)).toEqual(LINKS_FINDINGS.slice(1));
    // ... and back: the link is broken again.
    await client.replace(setup, '## Configur', '## Configure');
    expect((await client.pushed(links, 1, (d) => d.length === 3)).map(row)).toEqual(LINKS_FINDINGS);
  });

  it('hold back the cross-file rules until the index is built, and say so while it is (progress)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { client, file } = await start({ progressGate: gate }, false);
    const uri = await client.open(file('articles/links.md'));
    // Per-file rules only: no bookmark judged against a docset half read.
    expect((await client.pushed(uri, 1)).map(row)).toEqual(LINKS_FINDINGS.slice(1));
    await expect(
      client.request('textDocument/references', {
        textDocument: { uri },
        position: { line: 10, character: 5 },
        context: { includeDeclaration: false },
      }),
    ).rejects.toThrow(/still indexing/);
    await expect(
      client.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 11, character: 20 } }),
    ).rejects.toThrow(/^faq-lint is still indexing .+; try again when it is done$/);
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 11, character: 20 },
    });
    expect((hover.contents as { value: string }).value).toMatch(
      /_faq-lint is still indexing .+; try again when it is done\._$/,
    );
    release();
    await client.indexed();
    expect((await client.pushed(uri, 1, (d) => d.length === 3)).map(row)).toEqual(LINKS_FINDINGS);
    expect(client.progress.map((p) => p.kind)).toEqual(expect.arrayContaining(['begin', 'end']));
    expect(client.progress[0]).toMatchObject({
      kind: 'begin',
      message: `Indexing ${path.basename(path.dirname(file('articles')))}`,
    });
  });

  it('follow files changed on disk (a git checkout) through watched-file events', async () => {
    const { client, file } = await start();
    const links = await client.open(file('articles/links.md'));
    await client.pushed(links, 1, (d) => d.length === 3);
    writeFileSync(
      file('articles/setup.md'),
      readFileSync(file('articles/setup.md'), 'utf8').replace('## Configure', '## Configur'),
    );
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('articles/setup.md')), type: 2 }],
    });
    expect((await client.pushed(links, 1, (d) => d.length === 2)).map(row)).toEqual(LINKS_FINDINGS.slice(1));
    // A new file: a link to it is no longer broken.
    const version = await client.replace(links, '- [Learn]', '- [New](new-page.md)\n- [Learn]');
    expect((await client.pushed(links, version)).map(row)).toContain(
      "16:3 file-not-found Cannot find file 'new-page.md'",
    );
    writeFileSync(file('articles/new-page.md'), '# New page\n');
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('articles/new-page.md')), type: 1 }],
    });
    await client.pushed(links, version, (d) => !d.some((x) => x.code === 'file-not-found'));
  });

  it('are pulled when the client pulls: the open document, and closed files through workspace/diagnostic', async () => {
    const { client, file } = await start({ capabilities: PULL_CAPABILITIES });
    const report = await client.request<{
      items: { uri: string; kind: string; resultId: string; items: Diagnostic[] }[];
    }>('workspace/diagnostic', { previousResultIds: [] });
    const links = report.items.find((item) => item.uri === uriOf(file('articles/links.md')))!;
    expect(links.items.map(row)).toEqual(LINKS_FINDINGS);
    // Nothing else has findings.
    expect(report.items.map((item) => path.relative(file('.'), new URL(item.uri).pathname))).toEqual([
      'articles/links.md',
    ]);

    const setup = await client.open(file('articles/setup.md'));
    expect(await client.pull(setup)).toEqual([]);
    const openLinks = await client.open(file('articles/index.md'));
    expect(await client.pull(openLinks)).toEqual([]);
    // A heading edited in an open file changes a closed file's findings: the next workspace pull says so.
    const next = client.request<typeof report>('workspace/diagnostic', {
      previousResultIds: [{ uri: links.uri, value: links.resultId }],
    });
    await client.replace(setup, '## Configure', '## Configur');
    const changed = await next;
    expect(changed.items.find((item) => item.uri === links.uri)!.items.map(row)).toEqual(LINKS_FINDINGS.slice(1));
    const watched = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!
      .registerOptions as { watchers: { globPattern: string }[] };
    expect(watched.watchers.map((w) => w.globPattern)).toEqual([
      '**/*.{md,yml,json}',
      '**/.faqlintrc.{json,yaml,yml}',
      '**/faq-lint.config.{js,mjs}',
      '**/.gitignore',
    ]);
    // Another open file's findings changed: the client is asked to pull again.
    expect(client.refreshes).toBeGreaterThan(0);
  });

  it('show only the rules of rulesOnType while a file has unsaved edits, all of them once saved', async () => {
    const { client, file } = await start({ settings: { cache: false, rulesOnType: ['bookmark-not-found'] } });
    const uri = await client.open(file('articles/links.md'));
    expect(await client.pushed(uri, 1)).toHaveLength(3);
    const version = await client.replace(uri, 'Configure it', 'Configure it now');
    expect((await client.pushed(uri, version)).map(row)).toEqual([LINKS_FINDINGS[0]]);
    await client.notify('textDocument/didSave', { textDocument: { uri } });
    await client.until(() => client.published.get(uri)?.diagnostics.length === 3, 'all diagnostics after the save');
  });

  it('mark each link left unchecked inside a moniker range with a hint, as the CLI counts them in its note', async () => {
    const { client, file } = await start();
    const page = file('articles/versions.md');
    writeFileSync(
      page,
      [
        '---',
        'title: Versions of the widget service',
        'description: What changed in each version of the widget service, with links per version.',
        'author: faq-lint',
        'ms.author: faq-lint',
        'ms.date: 11/20/2026',
        'ms.topic: reference',
        '---',
        '',
        '# Versions',
        '',
        'See [the old notes](old-notes.md).',
        '',
        '::: moniker range=">=widgets-2"',
        '',
        'See [the new notes](new-notes.md) and [Learn](https://learn.microsoft.com/azure/).',
        '',
        '::: moniker-end',
        '',
      ].join('\n'),
    );
    const uri = await client.open(page);
    const diagnostics = await client.pushed(uri, 1);
    expect(diagnostics.map(row)).toEqual([
      "12:5 file-not-found Cannot find file 'old-notes.md'",
      // A rule on the link's form still applies inside the range; an external URL gets no hint.
      '16:39 docs-link-absolute Link to Microsoft Learn is absolute',
      '16:5 links-in-moniker-zones Not checked: this link is inside a moniker range, which the Learn build shows only for the versions it shares with the page',
    ]);
    expect(diagnostics[2]).toMatchObject({
      severity: 4,
      source: 'faq-lint',
      range: { start: { line: 15, character: 4 }, end: { line: 15, character: 33 } },
      codeDescription: { href: 'https://github.com/faq-lint/faq-lint/blob/main/rules/links/file-not-found.md' },
    });
    // A hint is no finding: no quick fix or disable comment is offered for it.
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostics[2]!.range,
      context: { diagnostics: [diagnostics[2]] },
    });
    expect(actions).toEqual([]);
  });

  it('put a config error on the config file', async () => {
    const root = tempTree({
      'docfx.json': '{}',
      '.faqlintrc.json': '{\n  "rules": { "no-such-rule": "error" }\n}\n',
      'a.md': '# A\n',
    });
    const client = new LspClient({ folders: [root], capabilities: PUSH_CAPABILITIES, settings: { cache: false } });
    clients.push(client);
    await client.initialize();
    const config = uriOf(path.join(root, '.faqlintrc.json'));
    const [diagnostic] = await client.until(() => client.published.get(config)?.diagnostics, 'the config error');
    expect(diagnostic).toMatchObject({ range: { start: { line: 1 } }, source: 'faq-lint' });
    expect(diagnostic!.message).toMatch(/no-such-rule/);
  });

  it('wait for the workspace folders when a file is opened while the server starts (one index, not two)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The workspace is the repository; the docset (docfx.json) is a folder in it.
    const repository = tempTree({});
    cpSync(path.join(FIXTURES, 'lsp-docset'), path.join(repository, 'docs'), { recursive: true });
    const client = new LspClient({
      folders: [repository],
      capabilities: PUSH_CAPABILITIES,
      settings: { cache: false },
      env: { FAQ_LINT_NOW: TEST_NOW },
      configurationGate: gate,
    });
    clients.push(client);
    await client.initialize();
    const uri = await client.open(path.join(repository, 'docs', 'articles', 'links.md'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    release();
    await client.indexed();
    expect((await client.pushed(uri, 1, (d) => d.length === 3)).map(row)).toEqual(LINKS_FINDINGS);
    // The workspace folder is indexed, not a folder made for the file at its docset root.
    expect(client.progress.filter((p) => p.kind === 'begin').map((p) => p.message)).toEqual([
      `Indexing ${path.basename(repository)}`,
    ]);
  });

  it('index a workspace folder added later', async () => {
    const capabilities = {
      ...PUSH_CAPABILITIES,
      workspace: { ...PUSH_CAPABILITIES.workspace, workspaceFolders: true },
    };
    const { client } = await start({ capabilities });
    const added = tempTree({ 'docfx.json': '{}', 'a.md': '# A\n\n[gone](gone.md)\n' });
    await client.notify('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: uriOf(added), name: 'added' }], removed: [] },
    });
    await client.indexed(2);
    expect(client.progress.filter((p) => p.kind === 'begin').map((p) => p.message)).toEqual([
      expect.stringMatching(/^Indexing faq-lint-test-/),
      `Indexing ${path.basename(added)}`,
    ]);
    const uri = await client.open(path.join(added, 'a.md'));
    expect((await client.pushed(uri, 1)).map(row)).toContain("3:1 file-not-found Cannot find file 'gone.md'");
  });

  it('use the config file the config setting names, for every file (as --config)', async () => {
    const root = tempTree({});
    cpSync(path.join(FIXTURES, 'lsp-docset'), root, { recursive: true });
    writeFileSync(path.join(root, 'team.json'), '{ "rules": { "docs-link-absolute": "off" } }\n');
    const client = new LspClient({
      folders: [root],
      capabilities: PUSH_CAPABILITIES,
      settings: { cache: false, config: 'team.json' },
      env: { FAQ_LINT_NOW: TEST_NOW },
    });
    clients.push(client);
    await client.initialize();
    await client.indexed();
    const uri = await client.open(path.join(root, 'articles', 'links.md'));
    expect((await client.pushed(uri, 1)).map(row)).toEqual([LINKS_FINDINGS[0], LINKS_FINDINGS[2]]);
  });

  it('re-index a folder whose config changed on disk', async () => {
    const { client, file } = await start();
    const links = await client.open(file('articles/links.md'));
    await client.pushed(links, 1, (d) => d.length === 3);
    writeFileSync(file('.faqlintrc.json'), '{ "rules": { "link-insecure": "off" } }\n');
    await client.notify('workspace/didChangeWatchedFiles', {
      changes: [{ uri: uriOf(file('.faqlintrc.json')), type: 1 }],
    });
    await client.indexed(2);
    expect((await client.pushed(links, 1, (d) => d.length === 2)).map(row)).toEqual(LINKS_FINDINGS.slice(0, 2));
  });

  it('lint a file opened outside the workspace folders with its own docset', async () => {
    const { client } = await start();
    const elsewhere = tempTree({ 'docfx.json': '{}', 'a.md': '# A\n\n[b](b.md#nope)\n', 'b.md': '# B\n' });
    const uri = await client.open(path.join(elsewhere, 'a.md'));
    const diagnostics = await client.until(
      () =>
        client.published.get(uri)?.diagnostics.find((d) => d.code === 'bookmark-not-found') &&
        client.published.get(uri)!.diagnostics,
      'the diagnostics of a file outside the workspace',
    );
    expect(diagnostics.map(row)).toEqual([
      '1:1 front-matter-missing Missing front matter',
      "3:1 bookmark-not-found Cannot find bookmark '#nope'",
    ]);
  });

  it('take settings from the initialization options and didChangeConfiguration when the client has no workspace/configuration', async () => {
    const capabilities = { ...PUSH_CAPABILITIES, workspace: { workspaceEdit: { documentChanges: false } } };
    const { client, file } = await start({
      capabilities,
      settings: { faqLint: { cache: false, rulesOnType: ['link-insecure'] } },
    });
    const uri = await client.open(file('articles/links.md'));
    await client.pushed(uri, 1, (d) => d.length === 3);
    const version = await client.replace(uri, 'Configure it', 'Configure it now');
    expect((await client.pushed(uri, version)).map(row)).toEqual([LINKS_FINDINGS[2]]);
    await client.notify('workspace/didChangeConfiguration', {
      settings: { faqLint: { cache: false, rulesOnType: ['bookmark-not-found'] } },
    });
    await client.until(
      () => client.published.get(uri)?.diagnostics.map(row).join() === LINKS_FINDINGS[0],
      'diagnostics under the new settings',
    );
  });

  it('refuse a JS config file with --lsp --no-js-config, on the config file', async () => {
    const root = tempTree({
      'docfx.json': '{}',
      'faq-lint.config.mjs': 'export default { rules: {} };\n',
      'a.md': '# A\n',
    });
    const client = new LspClient({
      folders: [root],
      command: [process.execPath, BIN, '--lsp', '--no-js-config', '--stdio'],
      capabilities: PUSH_CAPABILITIES,
      settings: { cache: false },
    });
    clients.push(client);
    await client.initialize();
    const config = uriOf(path.join(root, 'faq-lint.config.mjs'));
    const [diagnostic] = await client.until(() => client.published.get(config)?.diagnostics, 'the refused config');
    expect(messageOf(diagnostic!)).toMatch(/^JS config files are refused in this run/);
    expect(client.messages[0]).toMatch(/^faq-lint: invalid config: .*JS config files are refused/);
  });

  it('come from the committed bundle too (the copy the VS Code extension carries)', async () => {
    const { client, file } = await start({ script: path.join(REPO_ROOT, 'bundle', 'faq-lint.mjs') });
    const uri = await client.open(file('articles/links.md'));
    expect((await client.pushed(uri, 1)).map(row)).toEqual(LINKS_FINDINGS);
  });
});

describe('code actions', () => {
  async function actionsFor(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    return client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
  }

  it('apply a "did you mean", a fix, a fix-all and a disable comment', async () => {
    const { client, file } = await start();
    const uri = await client.open(file('articles/links.md'));
    const [bookmark, absolute, insecure] = await client.pushed(uri, 1, (d) => d.length === 3);

    const bookmarkActions = await actionsFor(client, uri, bookmark!);
    expect(bookmarkActions.map((a) => a.title)).toEqual([
      "Change to '#configure'",
      'Disable bookmark-not-found for this line',
    ]);
    await client.apply(bookmarkActions[0]!.edit!);
    expect(client.text(uri)).toContain('- [Configure it](setup.md#configure)');
    expect((await client.pushed(uri, client.version(uri))).map(row)).toEqual(LINKS_FINDINGS.slice(1));

    const insecureActions = await actionsFor(client, uri, insecure!);
    expect(insecureActions.map((a) => a.title)).toEqual([
      'Fix this link-insecure problem',
      'Disable link-insecure for this line',
      'Fix all auto-fixable faq-lint problems',
    ]);
    await client.apply(insecureActions[0]!.edit!);
    expect(client.text(uri)).toContain('[Learn](https://learn.microsoft.com/azure/)');
    const [left] = await client.pushed(uri, client.version(uri), (d) => d.length === 1);
    expect(row(left!)).toBe(LINKS_FINDINGS[1]);
    expect(absolute!.code).toBe('docs-link-absolute');

    const disable = (await actionsFor(client, uri, left!)).find(
      (a) => a.title === 'Disable docs-link-absolute for this line',
    )!;
    await client.apply(disable.edit!);
    expect(client.text(uri)).toContain(
      '- [Learn](https://learn.microsoft.com/azure/) <!-- faq-lint-disable-line docs-link-absolute -->',
    );
    expect(await client.pushed(uri, client.version(uri))).toEqual([]);
  });

  it('fix all problems of one rule in the file, and all fixable ones on save (source.fixAll)', async () => {
    const { client, file } = await start();
    const uri = await client.open(file('articles/links.md'));
    const version = await client.replace(uri, '- [Learn]', '- [Azure](http://learn.microsoft.com/azure/x)\n- [Learn]');
    const diagnostics = await client.pushed(
      uri,
      version,
      (d) => d.filter((x) => x.code === 'link-insecure').length === 2,
    );
    const insecure = diagnostics.find((d) => d.code === 'link-insecure')!;
    const all = (await actionsFor(client, uri, insecure)).find(
      (a) => a.title === 'Fix all link-insecure problems in this file',
    )!;
    await client.apply(all.edit!);
    expect(client.text(uri)).not.toContain('http://');
    const fixAll = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: insecure.range,
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(fixAll.map((a) => [a.title, a.kind])).toEqual([
      ['Fix all auto-fixable faq-lint problems', 'source.fixAll.faq-lint'],
    ]);
    await client.apply(fixAll[0]!.edit!);
    expect(client.text(uri)).toContain('[Azure](/azure/x)');
    expect(client.text(uri)).toContain('[Learn](/azure/)');
  });
});

describe('completion', () => {
  it('offers the Learn ids of the target page: <a name> ids, duplicate suffixes, included headings', async () => {
    const { client, file } = await start();
    const uri = await client.open(file('articles/links.md'));
    const version = await client.replace(uri, '- [Learn]', '- [Next](setup.md#\n- [Learn]');
    await client.pushed(uri, version);
    const list = await client.request<CompletionList>('textDocument/completion', {
      textDocument: { uri },
      position: { line: 15, character: 19 },
    });
    const items = list.items.map((item) => [item.label, item.detail, item.labelDetails?.description ?? '']);
    expect(items).toEqual([
      ['set-up-the-widget-service', '# Set up the widget service', ''],
      ['install', '## Install', ''],
      ['configure', '## Configure', ''],
      ['install-1', '## Install', ''],
      ['legacy-id', '## Older steps', ''],
      ['shared-step', '## Shared step', 'includes/shared.md'],
    ]);
    expect(list.isIncomplete).toBe(false);
    expect(list.items[3]!.textEdit).toEqual({
      range: { start: { line: 15, character: 19 }, end: { line: 15, character: 19 } },
      newText: 'install-1',
    });
  });

  it('offers this page\'s ids after ](#, and paths after ](, [!INCLUDE [..](, :::image source="', async () => {
    const { client, file } = await start();
    const uri = await client.open(file('articles/index.md'));
    const lines = [
      '[Here](#ov',
      '[Page](',
      '[!INCLUDE [x](../includes/',
      ':::image type="content" source="media/',
      '[Root](~/',
    ];
    const version = await client.replace(uri, '## Overview\n', `## Overview\n\n${lines.join('\n')}\n`);
    await client.pushed(uri, version);
    const at = async (index: number): Promise<string[]> => {
      const line = client.text(uri).split('\n').indexOf(lines[index]!);
      const list = await client.request<CompletionList>('textDocument/completion', {
        textDocument: { uri },
        position: { line, character: lines[index]!.length },
      });
      return list.items.map((item) => item.label);
    };
    expect(await at(0)).toEqual(['widget-service-overview', 'overview']);
    expect((await at(1)).sort()).toEqual(['../', 'links.md', 'media/', 'setup.md', '~/']);
    expect(await at(2)).toEqual(['shared.md']);
    expect(await at(3)).toEqual(['diagram.png']);
    expect((await at(4)).sort()).toEqual(['articles/', 'docfx.json', 'includes/']);
  });
});

describe('navigation', () => {
  it('goes to the heading of a bookmark (in the page or its include), to the file of a link or include', async () => {
    const { client, file } = await start();
    const links = await client.open(file('articles/links.md'));
    await client.pushed(links, 1);
    const definition = (line: number, character: number, uri = links): Promise<Location | null> =>
      client.request('textDocument/definition', { textDocument: { uri }, position: { line, character } });
    expect(await definition(11, 20)).toEqual({
      uri: uriOf(file('articles/setup.md')),
      range: { start: { line: 21, character: 0 }, end: { line: 21, character: 10 } },
    });
    expect(await definition(13, 25)).toEqual({
      uri: uriOf(file('includes/shared.md')),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 14 } },
    });
    expect(await definition(12, 20)).toMatchObject({
      uri: uriOf(file('articles/setup.md')),
      range: { start: { line: 25 } },
    });
    const setup = await client.open(file('articles/setup.md'));
    await client.pushed(setup, 1);
    expect(await definition(27, 20, setup)).toEqual({
      uri: uriOf(file('includes/shared.md')),
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    });
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: links },
      position: { line: 11, character: 20 },
    });
    expect((hover.contents as { value: string }).value).toBe(
      '**Set up the widget service**  \n`articles/setup.md`\n\n`#install-1`: \\#\\# Install',
    );
  });

  it('finds every link to a heading', async () => {
    const { client, file } = await start();
    const setup = await client.open(file('articles/setup.md'));
    await client.pushed(setup, 1);
    const references = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: setup },
      position: { line: 21, character: 5 },
      context: { includeDeclaration: false },
    });
    expect(
      references.map(
        (l) =>
          `${path.relative(file('.'), new URL(l.uri).pathname)}:${l.range.start.line + 1}:${l.range.start.character + 1}-${l.range.end.character + 1}`,
      ),
    ).toEqual(['articles/index.md:14:70-79', 'articles/links.md:12:24-33', 'articles/setup.md:12:33-42']);
    // From a bookmark naming the heading, with the heading itself.
    const links = await client.open(file('articles/links.md'));
    await client.pushed(links, 1);
    const fromLink = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: links },
      position: { line: 11, character: 20 },
      context: { includeDeclaration: true },
    });
    expect(
      fromLink.map((l) => `${path.relative(file('.'), new URL(l.uri).pathname)}:${l.range.start.line + 1}`),
    ).toEqual(['articles/setup.md:22', 'articles/index.md:14', 'articles/links.md:12', 'articles/setup.md:12']);
  });
});

describe('rename', () => {
  it('renames a heading and every link to it across three files, shifting the -1 of its duplicate', async () => {
    const { client, file } = await start({ capabilities: PULL_CAPABILITIES });
    const setup = await client.open(file('articles/setup.md'));
    const position = { line: 13, character: 5 };
    expect(await client.request('textDocument/prepareRename', { textDocument: { uri: setup }, position })).toEqual({
      range: { start: { line: 13, character: 3 }, end: { line: 13, character: 10 } },
      placeholder: 'Install',
    });
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', {
      textDocument: { uri: setup },
      position,
      newName: 'Installation',
    });
    const files = edit.documentChanges!.map((change) =>
      'textDocument' in change ? path.relative(file('.'), new URL(change.textDocument.uri).pathname) : '',
    );
    expect(files.sort()).toEqual(['articles/index.md', 'articles/links.md', 'articles/setup.md']);
    await client.apply(edit);
    expect(client.text(setup)).toContain('## Installation\n');
    expect(client.text(setup)).toContain('[the second install step](#install)');
    const index = uriOf(file('articles/index.md'));
    expect(client.text(index)).toContain('[installing](setup.md#installation), then [the agent](setup.md#install).');
    const links = uriOf(file('articles/links.md'));
    expect(client.text(links)).toContain('- [The agent](setup.md#install)');
    // Every link still lands: only the broken link the fixture started with is reported.
    for (const uri of [setup, index]) expect(await client.pull(uri)).toEqual([]);
    expect((await client.pull(links)).map(row)).toEqual(LINKS_FINDINGS);
  });

  it('renames from a bookmark too, and refuses an <a name> heading with a clear message', async () => {
    const { client, file } = await start();
    const links = await client.open(file('articles/links.md'));
    await client.pushed(links, 1);
    expect(
      await client.request('textDocument/prepareRename', {
        textDocument: { uri: links },
        position: { line: 11, character: 20 },
      }),
    ).toMatchObject({ placeholder: 'Install' });
    await expect(
      client.request('textDocument/prepareRename', {
        textDocument: { uri: links },
        position: { line: 12, character: 20 },
      }),
    ).rejects.toThrow(
      "The id 'legacy-id' is given by an <a name> anchor, not made from the heading's text: renaming the heading would not change it. Edit the anchor instead.",
    );
  });
});
