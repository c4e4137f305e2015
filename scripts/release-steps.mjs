// The pure steps of `npm run release -- <version>` (scripts/release.mjs): checking the version,
// the CHANGELOG.md entry, and the version in the docs' snippets. Tested in tests/release.test.ts.

/** A release version: X.Y.Z, optionally with a prerelease part (1.0.0-rc.1). */
export const VERSION_PATTERN = /^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$/;

/** The tags a release makes: `vX.Y.Z`, and the moving major tag `vX` the Action's users follow (none for a prerelease). */
export function releaseTags(version) {
  const match = VERSION_PATTERN.exec(version);
  if (!match) throw new Error(`'${version}' is not a version like 1.2.3`);
  return { tag: `v${version}`, major: match[4] ? undefined : `v${match[1]}` };
}

/** True when `next` is later than `current` (a prerelease comes before its release). */
export function isLater(next, current) {
  const [a, b] = [VERSION_PATTERN.exec(next), VERSION_PATTERN.exec(current)];
  for (let i = 1; i <= 3; i++) if (Number(a[i]) !== Number(b[i])) return Number(a[i]) > Number(b[i]);
  if (!a[4] || !b[4]) return !a[4] && !!b[4];
  return a[4] > b[4];
}

/**
 * CHANGELOG.md with the `## Unreleased` section's entries moved under `## <version> - <date>`,
 * and a new empty `## Unreleased` above it. Throws when there is nothing unreleased to release.
 */
export function changelogWithRelease(text, version, date) {
  const start = text.indexOf('\n## Unreleased\n');
  if (start === -1) throw new Error("CHANGELOG.md has no '## Unreleased' section");
  const bodyStart = start + '\n## Unreleased\n'.length;
  const next = text.indexOf('\n## ', bodyStart);
  const body = text.slice(bodyStart, next === -1 ? text.length : next).trim();
  if (!body) throw new Error("CHANGELOG.md: '## Unreleased' is empty; write down what this release changes first");
  const rest = next === -1 ? '' : text.slice(next);
  return `${text.slice(0, start)}\n## Unreleased\n\n## ${version} - ${date}\n\n${body}\n${rest}`;
}

/**
 * The docs' snippets name the release to use: `rev: vX.Y.Z` (pre-commit) and
 * `faq-lint/faq-lint@vX.Y.Z` (the Action). Both become `v<version>`.
 */
export function docsWithVersion(text, version) {
  return text
    .replace(/(\brev: )v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?/g, `$1v${version}`)
    .replace(/(faq-lint\/faq-lint@)v\d+(\.\d+\.\d+(-[0-9A-Za-z.-]+)?)?\b/g, `$1v${version}`);
}
