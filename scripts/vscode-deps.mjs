// Install the VS Code extension's development dependencies (editors/vscode: vscode-languageclient,
// @vscode/vsce) when they are missing or its lockfile changed: `npm test` packages the extension.
// With no install scripts and no optional dependencies (see editors/vscode/.npmrc): nothing is
// downloaded or compiled but the packages themselves.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const extension = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'editors', 'vscode');
const lock = createHash('sha1')
  .update(readFileSync(path.join(extension, 'package-lock.json')))
  .digest('hex');
const stamp = path.join(extension, 'node_modules', '.faq-lint-lock');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === lock) process.exit(0);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=optional'], {
  cwd: extension,
  stdio: 'inherit',
});
writeFileSync(stamp, lock);
