// `npm run release -- <version>`: prepare a release on a clean main (see docs/releasing.md).
// Bumps the version (package.json, package-lock.json), dates the CHANGELOG.md entry, points the
// docs' snippets at the new tag, rebuilds the committed bundle, commits "Release vX.Y.Z", tags
// it vX.Y.Z and moves the major tag vX (what `uses: faq-lint/faq-lint@vX` follows). Pushing and
// `npm publish` are left to the person releasing: the script prints the commands.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { changelogWithRelease, docsWithVersion, isLater, releaseTags } from './release-steps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const fail = (message) => {
  console.error(`release: ${message}`);
  process.exit(1);
};

const version = process.argv[2];
if (!version) fail('usage: npm run release -- <version>   (e.g. npm run release -- 1.2.0)');
let tags;
try {
  tags = releaseTags(version);
} catch (error) {
  fail(error.message);
}
const manifestFile = path.join(root, 'package.json');
const current = JSON.parse(readFileSync(manifestFile, 'utf8')).version;
// The current version may be released once (its tag does not exist yet), else only a later one.
if (version !== current && !isLater(version, current))
  fail(`${version} is not later than the current version ${current}`);
if (git('status', '--porcelain')) fail('the work tree has changes; commit or stash them first');
if (git('tag', '--list', tags.tag)) fail(`tag ${tags.tag} already exists`);

const edit = (file, change) => {
  const target = path.join(root, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
};
const date = process.env.FAQ_LINT_RELEASE_DATE || new Date().toISOString().slice(0, 10);
try {
  edit('CHANGELOG.md', (text) => changelogWithRelease(text, version, date));
} catch (error) {
  fail(error.message);
}
execFileSync('npm', ['version', version, '--no-git-tag-version', '--allow-same-version'], {
  cwd: root,
  stdio: 'ignore',
});
for (const doc of ['README.md', 'docs/integrations.md']) edit(doc, (text) => docsWithVersion(text, version));
execFileSync('node', [path.join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });

git('add', 'package.json', 'package-lock.json', 'CHANGELOG.md', 'README.md', 'docs/integrations.md', 'bundle');
git('commit', '-q', '-m', `Release ${tags.tag}`);
git('tag', '-a', tags.tag, '-m', `faq-lint ${version}`);
if (tags.major) git('tag', '-f', '-a', tags.major, '-m', `faq-lint ${version} (the latest ${tags.major}.x)`);
console.log(`Released ${tags.tag}${tags.major ? ` and moved ${tags.major}` : ''} on ${git('rev-parse', '--short', 'HEAD')}. Now:
  git push origin HEAD ${tags.tag}${tags.major ? `\n  git push --force origin ${tags.major}` : ''}
  npm publish`);
