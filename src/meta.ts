/** Facts about the package itself: where it is installed, its version, where rule docs live. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package's root folder. Found by walking up from this module, because the module runs
 * both from `src/` (tests) and from `dist/src/` (the built CLI).
 */
export const PACKAGE_ROOT = ((): string => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
})();

/**
 * Set by the bundler (scripts/bundle.mjs `define`) to the version being bundled: the bundle runs
 * from a folder without package.json (the Action's release folder, a pre-commit clone).
 */
declare const FAQ_LINT_BUNDLED_VERSION: string | undefined;

/** True in the bundled build (`bundle/faq-lint.mjs`), false in the tsc build and the tests. */
export const BUNDLED = typeof FAQ_LINT_BUNDLED_VERSION === 'string';

export const VERSION: string = BUNDLED
  ? FAQ_LINT_BUNDLED_VERSION!
  : (JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
/** Where the repository is published; rule doc URLs point into it. */
export const REPOSITORY_URL = 'https://github.com/faq-lint/faq-lint';

/** URL of a rule's doc page, `rules/<family>/<id>.md`. */
export function ruleDocUrl(family: string, id: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${family}/${id}.md`;
}
