import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverModule } from '../../editors/vscode/src/server-module.js';
import { REPO_ROOT } from '../helpers.js';
import { LspClient, PUSH_CAPABILITIES, row } from '../lsp/client.js';
import { tempTree } from '../temp.js';
import { cleanEnv } from '../cli.js';
import { page } from './pages.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/**
 * What may ship: the built code (not the Action's, which lives in the bundle), the bin shim, the
 * schema, rule docs, README, LICENSE. Not the committed bundle: the package installs its runtime
 * dependencies instead.
 */
const SHIPPED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^bin\/faq-lint\.js$/,
  /^(dist\/)?schema\/[\w.-]+\.json$/,
  /^rules\/[\w-]+\/[\w-]+\.md$/,
  /^dist\/(src|rules)\/(?!action\/|bundle\.).+\.(js|d\.ts)$/,
];

describe('the npm package (npm pack, then npm install of the tarball; needs the npm registry)', () => {
  it('packs only what runs, installs into an empty folder with runtime dependencies only and no install-script warning, and npx faq-lint lints a docset there (and serves it as a language server)', async () => {
    const work = tempTree({
      'project/package.json': JSON.stringify({ name: 'docs-project', version: '1.0.0', private: true }),
      'project/docs/docfx.json': '{}',
      'project/docs/index.md': page('Home', '# Home\n\n<!-- faq-lint-disable not-a-rule -->\n'),
    });
    // --ignore-scripts: `npm test` has built dist/ already (pretest); rebuilding here would
    // rewrite files other tests are running.
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: cleanEnv(),
      }),
    ) as {
      filename: string;
      files: { path: string }[];
    }[];
    const files = packed[0]!.files.map((f) => f.path);
    expect(files.filter((file) => !SHIPPED.some((allowed) => allowed.test(file)))).toEqual([]);
    // Nothing runs at install time: no install scripts, and no prepare (npm flags it for a tarball).
    const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(Object.keys(manifest.scripts).filter((name) => /^(pre|post)?(install|prepare)$/.test(name))).toEqual([]);
    for (const needed of [
      'bin/faq-lint.js',
      'dist/src/cli/main.js',
      'dist/src/remark.js',
      'schema/config.schema.json',
      'README.md',
      'LICENSE',
      'rules/core/file-unreadable.md',
    ])
      expect(files).toContain(needed);

    const project = path.join(work, 'project');
    const tarball = path.join(work, packed[0]!.filename);
    const install = spawnSync(npm, ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', tarball], {
      cwd: project,
      encoding: 'utf8',
      env: cleanEnv(),
    });
    expect([install.status, install.stderr]).toEqual([0, '']);
    expect(existsSync(path.join(project, 'node_modules', 'faq-lint', 'dist', 'src', 'cli', 'main.js'))).toBe(true);
    // Runtime dependencies only: the project's lock holds faq-lint and what its dependencies need, no development tool.
    const installed = Object.keys(
      (
        JSON.parse(readFileSync(path.join(project, 'package-lock.json'), 'utf8')) as {
          packages: Record<string, unknown>;
        }
      ).packages,
    ).map((p) => p.replace(/^.*node_modules\//, ''));
    for (const dependency of Object.keys(manifest.dependencies)) expect(installed).toContain(dependency);
    for (const devTool of ['typescript', 'vitest', 'eslint', 'esbuild', '@actions/cache'])
      expect(installed).not.toContain(devTool);

    const run = (...args: string[]) =>
      spawnSync(npx, ['faq-lint', ...args], {
        cwd: project,
        encoding: 'utf8',
        env: cleanEnv({ FAQ_LINT_NOW: '2026-11-26' }),
      });
    const lintRun = run('docs');
    expect([lintRun.status, lintRun.stderr]).toEqual([1, '']);
    expect(lintRun.stdout).toBe(
      "docs/index.md\n11:1 error Unknown rule 'not-a-rule' in faq-lint-disable inline-config-invalid\n\n✖ 1 error\n",
    );
    const version = run('--version');
    expect(version.stdout.trim()).toBe(
      (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version,
    );

    // --init writes a starter config the installed package accepts, and refuses to overwrite it.
    const init = run('--init');
    expect([init.status, init.stdout]).toEqual([0, `Wrote ${path.join(project, '.faqlintrc.json')}\n`]);
    const config = JSON.parse(readFileSync(path.join(project, '.faqlintrc.json'), 'utf8')) as { $schema: string };
    expect(existsSync(path.join(project, config.$schema))).toBe(true);
    expect(run('docs').status).toBe(1);
    const again = run('--init');
    expect([again.status, again.stderr]).toEqual([
      2,
      `faq-lint: ${path.join(project, '.faqlintrc.json')} already exists; not overwriting it\n`,
    ]);

    // The language server of the installed package, which the VS Code extension prefers to its bundled copy.
    expect(serverModule([project], '/extension', true, existsSync)).toEqual({
      module: path.join(project, 'node_modules', 'faq-lint', 'bin', 'faq-lint.js'),
      origin: 'workspace',
    });
    const client = new LspClient({
      folders: [project],
      command: [npx, 'faq-lint', '--lsp'],
      capabilities: PUSH_CAPABILITIES,
      settings: { cache: false },
      env: cleanEnv({ FAQ_LINT_NOW: '2026-11-26' }),
    });
    try {
      await client.initialize();
      await client.indexed();
      const uri = await client.open(path.join(project, 'docs', 'index.md'));
      expect((await client.pushed(uri, 1)).map(row)).toEqual([
        "11:1 inline-config-invalid Unknown rule 'not-a-rule' in faq-lint-disable",
      ]);
    } finally {
      await client.close();
    }
  });
});
