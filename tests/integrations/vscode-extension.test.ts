/**
 * The VS Code extension (editors/vscode): which faq-lint it starts, and the .vsix that
 * `npm run package:vscode` builds with @vscode/vsce (as CI does, attaching it as an artifact).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { serverModule } from '../../editors/vscode/src/server-module.js';
import { DEFAULT_SETTINGS } from '../../src/lsp/settings.js';
import { VERSION } from '../../src/meta.js';
import { REPO_ROOT } from '../helpers.js';
import { snippet } from './snippets.js';

const EXTENSION = path.join(REPO_ROOT, 'editors', 'vscode');

interface ZipEntry {
  fileName: string;
}
interface ZipFile {
  readEntry(): void;
  openReadStream(entry: ZipEntry, callback: (error: Error | null, stream: NodeJS.ReadableStream) => void): void;
  on(event: 'entry', listener: (entry: ZipEntry) => void): void;
  on(event: 'end', listener: () => void): void;
}

/** Every file of a zip (the .vsix), read with yauzl (a dependency of vsce). */
async function unzip(file: string): Promise<Map<string, Buffer>> {
  const yauzl = createRequire(path.join(EXTENSION, 'package.json'))('yauzl') as {
    openPromise(file: string, options: object): Promise<ZipFile>;
  };
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          files.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.on('end', resolve);
    zip.readEntry();
  });
  return files;
}

describe('the VS Code extension', () => {
  it("starts the workspace's faq-lint when it has a language server, else the bundled copy", () => {
    const files = new Set([
      '/ws/a/node_modules/faq-lint/package.json',
      '/ws/a/node_modules/faq-lint/dist/src/lsp/server.js',
      '/ws/old/node_modules/faq-lint/package.json',
    ]);
    const exists = (file: string): boolean => files.has(file);
    expect(serverModule(['/ws/a'], '/ext', true, exists)).toEqual({
      module: '/ws/a/node_modules/faq-lint/bin/faq-lint.js',
      origin: 'workspace',
    });
    expect(serverModule(['/ws/a'], '/ext', false, exists)).toEqual({
      module: '/ext/server/faq-lint.mjs',
      origin: 'bundled',
    });
    expect(serverModule(['/ws/none'], '/ext', true, exists)).toEqual({
      module: '/ext/server/faq-lint.mjs',
      origin: 'bundled',
    });
    expect(serverModule(['/ws/old', '/ws/a'], '/ext', true, exists)).toEqual({
      module: '/ext/server/faq-lint.mjs',
      origin: 'bundled',
      note: '/ws/old/node_modules/faq-lint has no language server (an older faq-lint): using the bundled copy',
    });
  });

  it("has a setting for every server setting, and the CLI's version", () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION, 'package.json'), 'utf8')) as {
      version: string;
      engines: { vscode: string };
      capabilities: { untrustedWorkspaces: { supported: boolean } };
      contributes: { configuration: { properties: Record<string, { default: unknown }> } };
    };
    // docs/editors.md: VS Code 1.101 or later, a trusted workspace only.
    expect([manifest.engines.vscode, manifest.capabilities.untrustedWorkspaces.supported]).toEqual(['^1.101.0', false]);
    const properties = manifest.contributes.configuration.properties;
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS))
      expect(properties[`faqLint.${key}`]?.default).toEqual(value);
    expect(manifest.version).toBe(
      (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );
  });

  it('packages into a .vsix with @vscode/vsce (docs/editors.md, vscode-install): the client, and the committed server bundle', async () => {
    const [build, install] = snippet('vscode-install').trim().split('\n');
    expect(build).toBe('npm run package:vscode');
    const out = execFileSync('bash', ['-c', build!], { cwd: REPO_ROOT, encoding: 'utf8' });
    const vsix = path.resolve(REPO_ROOT, out.trim().split('\n').at(-1)!);
    expect(install).toBe(`code --install-extension ${path.relative(REPO_ROOT, vsix)}`);
    expect(path.basename(vsix)).toBe(`faq-lint-${VERSION}.vsix`);
    const files = await unzip(vsix);
    expect([...files.keys()].sort()).toEqual([
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/extension.cjs',
      'extension/package.json',
      'extension/readme.md',
      'extension/server/faq-lint.mjs',
    ]);
    expect(
      files.get('extension/server/faq-lint.mjs')!.equals(readFileSync(path.join(REPO_ROOT, 'bundle', 'faq-lint.mjs'))),
    ).toBe(true);
    const client = files.get('extension/dist/extension.cjs')!.toString();
    // vscode-languageclient is inside; `vscode` is the editor's.
    expect(client).toContain('require("vscode")');
    expect(client).not.toContain('require("vscode-languageclient');
    expect(files.get('extension.vsixmanifest')!.toString()).toContain(
      'Microsoft.VisualStudio.Code.Engine" Value="^1.101.0"',
    );
  }, 180_000);

  it('is packaged in CI and the .vsix attached as an artifact', () => {
    const ci = parse(readFileSync(path.join(REPO_ROOT, '.github', 'workflows', 'ci.yml'), 'utf8')) as {
      jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, string> }[] }>;
    };
    const steps = ci.jobs['vscode-extension']!.steps;
    expect(steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm run package:vscode']);
    expect(steps.at(-1)).toMatchObject({
      uses: 'actions/upload-artifact@v4',
      with: { path: 'editors/vscode/*.vsix', 'if-no-files-found': 'error' },
    });
  });
});
