// `npm run package:vscode`: build the VS Code extension (editors/vscode) into a .vsix with
// @vscode/vsce. Steps: type-check the extension, bundle it with esbuild (vscode-languageclient
// inside, `vscode` left to the editor), copy the committed server bundle (bundle/faq-lint.mjs,
// the CLI with the language server) and the licence into it, then `vsce package`.
// Needs the extension's dependencies (`npm run package:vscode` installs them first with
// scripts/vscode-deps.mjs: no install scripts, no optional binaries). Prints the .vsix path.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const extension = path.join(root, 'editors', 'vscode');
const bin = (name) => path.join(extension, 'node_modules', '.bin', name);

if (!existsSync(bin('vsce'))) {
  console.error(
    'package:vscode: the extension has no dependencies installed; run `node scripts/vscode-deps.mjs` first (or `npm run package:vscode`)',
  );
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(path.join(extension, 'package.json'), 'utf8'));
if (manifest.version !== version) {
  console.error(
    `package:vscode: editors/vscode/package.json is version ${manifest.version}, faq-lint is ${version}: the extension carries this faq-lint, keep them equal`,
  );
  process.exit(2);
}

execFileSync(
  process.execPath,
  [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(extension, 'tsconfig.json')],
  { stdio: 'inherit' },
);
await build({
  absWorkingDir: extension,
  entryPoints: ['src/extension.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  outfile: path.join(extension, 'dist', 'extension.cjs'),
  legalComments: 'eof',
  logLevel: 'warning',
});
mkdirSync(path.join(extension, 'server'), { recursive: true });
copyFileSync(path.join(root, 'bundle', 'faq-lint.mjs'), path.join(extension, 'server', 'faq-lint.mjs'));
copyFileSync(path.join(root, 'LICENSE'), path.join(extension, 'LICENSE'));

const vsix = path.join(extension, `faq-lint-${version}.vsix`);
execFileSync(bin('vsce'), ['package', '--no-dependencies', '--out', vsix], {
  cwd: extension,
  stdio: ['ignore', 'inherit', 'inherit'],
});
console.log(path.relative(process.cwd(), vsix));
