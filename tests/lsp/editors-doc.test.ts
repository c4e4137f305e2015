/**
 * docs/editors.md: its snippets work as written. The Neovim setup and the command for any LSP
 * client start the server the way they say (`npx faq-lint --lsp` in a project that installed
 * faq-lint), with the settings they pass; the VS Code settings name real settings and actions.
 * (Neovim itself is not run: Debian 12 ships 0.7, before `vim.lsp.start`.)
 */
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { FIX_ALL_KIND } from '../../src/lsp/code-actions.js';
import { REPO_ROOT, TEST_NOW } from '../helpers.js';
import { snippet } from '../integrations/snippets.js';
import { tempTree } from '../temp.js';
import { LspClient, PUSH_CAPABILITIES, row } from './client.js';

const clients: LspClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) await client.close();
});

/** A docs repository that ran `npm install --save-dev faq-lint` (this checkout, built). */
function docsProject(): string {
  const root = tempTree({
    'package.json': JSON.stringify({ name: 'docs', private: true }),
    'docfx.json': '{}',
    'articles/index.md': '# Home\n\nSee [setup](setup.md#instal).\n',
    'articles/setup.md': '# Setup\n\n## Install\n',
  });
  mkdirSync(path.join(root, 'node_modules', '.bin'), { recursive: true });
  symlinkSync(REPO_ROOT, path.join(root, 'node_modules', 'faq-lint'));
  symlinkSync(path.join('..', 'faq-lint', 'bin', 'faq-lint.js'), path.join(root, 'node_modules', '.bin', 'faq-lint'));
  return root;
}

/** A Lua list of strings (`{ 'a', 'b' }`) as an array. */
const luaList = (lua: string): string[] => [...lua.matchAll(/'([^']*)'/g)].map((m) => m[1]!);

describe('docs/editors.md', () => {
  it('neovim-setup and lsp-command: the command starts the server in a project with faq-lint installed, with the settings given', async () => {
    const lua = snippet('neovim-setup');
    const cmd = luaList(/cmd = (\{[^}]*\})/.exec(lua)![1]!);
    expect(cmd.join(' ')).toBe(snippet('lsp-command').trim());
    // The root markers: the docset root faq-lint itself looks for, else the repository.
    expect(luaList(/vim\.fs\.find\((\{[^}]*\})/.exec(lua)![1]!)).toEqual(['docfx.json', '.git']);
    const rulesOnType = luaList(/rulesOnType = (\{[^}]*\})/.exec(lua)![1]!);
    const root = docsProject();
    const client = new LspClient({
      folders: [root],
      command: cmd,
      capabilities: PUSH_CAPABILITIES,
      settings: { faqLint: { rulesOnType, cache: false } },
      env: { FAQ_LINT_NOW: TEST_NOW },
    });
    clients.push(client);
    await client.initialize();
    await client.indexed();
    const uri = await client.open(path.join(root, 'articles', 'index.md'));
    expect((await client.pushed(uri, 1)).map(row)).toContain("3:5 bookmark-not-found Cannot find bookmark '#instal'");
  });

  it('vscode-settings: faq-lint settings the extension has, rule ids that exist, the fix-all action the server offers', () => {
    const settings = JSON.parse(snippet('vscode-settings')) as Record<string, unknown>;
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'editors', 'vscode', 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, unknown> } };
    };
    const ours = Object.keys(settings).filter((key) => key.startsWith('faqLint.'));
    expect(ours.filter((key) => !(key in manifest.contributes.configuration.properties))).toEqual([]);
    const ids = new Set(allRules.map((rule) => rule.meta.id));
    expect((settings['faqLint.rulesOnType'] as string[]).filter((id) => !ids.has(id))).toEqual([]);
    expect(Object.keys(settings['editor.codeActionsOnSave'] as object)).toEqual([FIX_ALL_KIND]);
  });

  it("the language server's figures in docs/performance.md and docs/editors.md are the benchmark's (docs/bench-lsp.json)", () => {
    const bench = JSON.parse(readFileSync(path.join(REPO_ROOT, 'docs', 'bench-lsp.json'), 'utf8')) as Record<
      string,
      { median: number; p95: number }
    > & { peakRssMb: number; indexColdSeconds: number; indexWarmSeconds: number };
    const performance = readFileSync(path.join(REPO_ROOT, 'docs', 'performance.md'), 'utf8');
    const ms = (n: number): string => `${n.toFixed(1)} ms`;
    expect(performance).toContain(
      `| diagnostics after a one-character edit in a paragraph | ${ms(bench.paragraphEditMs!.median)} | ${ms(bench.paragraphEditMs!.p95)} |`,
    );
    expect(performance).toContain(
      `| diagnostics after a one-character edit in a heading | ${ms(bench.headingEditMs!.median)} | ${ms(bench.headingEditMs!.p95)} |`,
    );
    expect(performance).toContain(
      `| bookmark completion, settled document | ${ms(bench.completionMs!.median)} | ${ms(bench.completionMs!.p95)} |`,
    );
    expect(performance).toContain(
      `| bookmark completion asked as the \`#\` is typed | ${ms(bench.completionAfterTypingMs!.median)} | ${ms(bench.completionAfterTypingMs!.p95)} |`,
    );
    expect(performance).toContain(
      `| index, cold / warm (the CLI's cache) | ${bench.indexColdSeconds} s / ${bench.indexWarmSeconds} s |`,
    );
    expect(performance).toContain(`| ${bench.peakRssMb} MB |`);
    const editors = readFileSync(path.join(REPO_ROOT, 'docs', 'editors.md'), 'utf8').replace(/\s+/g, ' ');
    expect(editors).toContain(
      `arrived in ${ms(bench.paragraphEditMs!.median)} (median; ${ms(bench.paragraphEditMs!.p95)} p95), bookmark completion in ${ms(bench.completionMs!.median)}, and the server peaked at ${bench.peakRssMb} MB`,
    );
  });
});
