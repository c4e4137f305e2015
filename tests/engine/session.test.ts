/**
 * The engine's lint session (src/engine/session.ts), the API the language server is built on:
 * the same findings as `lint()`, a file re-linted from an editor's text, only the affected files
 * re-checked, changes on disk followed.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../../src/engine/lint.js';
import { LintSession } from '../../src/engine/session.js';
import { FIXTURES, TEST_NOW } from '../helpers.js';
import { tempTree } from '../temp.js';

const sessions: LintSession[] = [];
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

/** A session, closed after the test (its edits run in a worker thread). */
function sessionOn(cwd: string): LintSession {
  const session = new LintSession({ cwd, now: TEST_NOW });
  sessions.push(session);
  return session;
}

function copy(): { root: string; file: (relative: string) => string } {
  const root = tempTree({});
  cpSync(path.join(FIXTURES, 'lsp-docset'), root, { recursive: true });
  return { root, file: (relative) => path.join(root, relative) };
}

const rows = (session: LintSession, file: string): string[] =>
  (session.findings(file) ?? []).map((f) => `${f.line}:${f.column} ${f.ruleId}`);

describe('LintSession', () => {
  it("has lint()'s findings for every file once indexed", async () => {
    const { root } = copy();
    const session = sessionOn(root);
    await session.index();
    const result = await lint({ cwd: root, now: TEST_NOW });
    expect(session.files()).toEqual(
      ['articles/index.md', 'articles/links.md', 'articles/setup.md', 'includes/shared.md'].map((f) =>
        path.join(root, f),
      ),
    );
    for (const file of result.results) expect(session.findings(file.filePath)).toEqual(file.findings);
  });

  it("lints an editor's text instead of the disk, and says which files the change affects", async () => {
    const { root, file } = copy();
    const session = sessionOn(root);
    await session.index();
    const links = file('articles/links.md');
    expect(rows(session, links)).toEqual(['15:3 bookmark-not-found', '16:3 docs-link-absolute', '16:3 link-insecure']);
    const setup = file('articles/setup.md');
    const text = readFileSync(setup, 'utf8');
    // A paragraph edit: positions move, no other file can see it.
    expect(await session.setText(setup, text.replace('Install the service.', 'Install the service now.'))).toEqual([
      setup,
    ]);
    // A heading edit: the files linking to the page and the include it shows are re-checked.
    expect(await session.setText(setup, text.replace('## Configure', '## Configur'))).toEqual([
      file('articles/index.md'),
      links,
      setup,
      file('includes/shared.md'),
    ]);
    expect(rows(session, links)).toEqual(['16:3 docs-link-absolute', '16:3 link-insecure']);
    expect(readFileSync(setup, 'utf8')).toBe(text);
    // Closed in the editor: back to the disk.
    await session.setText(setup, undefined);
    expect(rows(session, links)[0]).toBe('15:3 bookmark-not-found');
  });

  it('has per-file findings only before it is indexed', async () => {
    const { file } = copy();
    const session = sessionOn(path.dirname(file('articles')));
    const links = file('articles/links.md');
    await session.setText(links, readFileSync(links, 'utf8'));
    expect(session.ready).toBe(false);
    expect(rows(session, links)).toEqual(['16:3 docs-link-absolute', '16:3 link-insecure']);
    await session.index();
    expect(rows(session, links)).toEqual(['15:3 bookmark-not-found', '16:3 docs-link-absolute', '16:3 link-insecure']);
  });

  it('follows files created, changed and deleted on disk, and asks for a new index when a config changes', async () => {
    const { root, file } = copy();
    const session = sessionOn(root);
    await session.index();
    const links = file('articles/links.md');
    writeFileSync(links, `${readFileSync(links, 'utf8')}- [New](new.md)\n`);
    expect((await session.filesChanged([{ absolute: links, kind: 'changed' }])).affected).toEqual([links]);
    expect(rows(session, links)).toContain('17:3 file-not-found');
    writeFileSync(file('articles/new.md'), '# New\n');
    const created = await session.filesChanged([{ absolute: file('articles/new.md'), kind: 'created' }]);
    expect(created.affected).toContain(links);
    expect(session.files()).toContain(file('articles/new.md'));
    expect(rows(session, links)).not.toContain('17:3 file-not-found');
    rmSync(file('articles/new.md'));
    await session.filesChanged([{ absolute: file('articles/new.md'), kind: 'deleted' }]);
    expect(rows(session, links)).toContain('17:3 file-not-found');
    expect(session.files()).not.toContain(file('articles/new.md'));
    writeFileSync(file('.faqlintrc.json'), '{"rules": {"link-insecure": "off"}}');
    expect(await session.filesChanged([{ absolute: file('.faqlintrc.json'), kind: 'created' }])).toEqual({
      affected: [],
      reindex: true,
    });
    await session.index();
    expect(rows(session, links)).not.toContain('16:3 link-insecure');
  });

  it('lints a redirection file created on disk although its name starts with a dot', async () => {
    const { root, file } = copy();
    const session = sessionOn(root);
    await session.index();
    const redirections = file('articles/.openpublishing.redirection.json');
    writeFileSync(redirections, '{ "redirections": [\n  { "source_path": "setup.md", "redirect_url": "index" }\n] }\n');
    await session.filesChanged([{ absolute: redirections, kind: 'created' }]);
    expect(session.files()).toContain(redirections);
    expect(rows(session, redirections)).toEqual(['2:20 redirected-file-not-removed']);
  });

  it('lists the files referencing a file', async () => {
    const { file } = copy();
    const session = sessionOn(path.dirname(file('articles')));
    await session.index();
    const { docset } = session.file(file('articles/setup.md'))!;
    expect(session.referrers(docset, 'articles/setup.md')).toEqual(['articles/index.md', 'articles/links.md']);
    expect(session.referrers(docset, 'includes/shared.md')).toEqual(['articles/setup.md']);
  });
});
