// Types of release-steps.mjs (a plain script, run by node without a build), for its tests.
export const VERSION_PATTERN: RegExp;
/** The tags of a release: `vX.Y.Z`, and the major tag it moves (none for a prerelease). Throws for a non-version. */
export function releaseTags(version: string): { tag: string; major: string | undefined };
/** True when `next` is a later version than `current` (a release is later than its prereleases). */
export function isLater(next: string, current: string): boolean;
/** CHANGELOG.md with the Unreleased entries moved under `## <version> - <date>`. Throws when Unreleased is empty. */
export function changelogWithRelease(text: string, version: string, date: string): string;
/** The docs' snippets (pre-commit rev, Action uses) pointed at `v<version>`. */
export function docsWithVersion(text: string, version: string): string;
