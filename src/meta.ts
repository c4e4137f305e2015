/** Facts about the package itself: name, version and where rule docs live. */
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string; homepage?: string };

export const PACKAGE_NAME = pkg.name;
export const VERSION = pkg.version;
/** Where the repository is published; rule doc URLs point into it. */
export const REPOSITORY_URL = 'https://github.com/faq-lint/faq-lint';

/** URL of a rule's doc page, `rules/<family>/<id>.md`. */
export function ruleDocUrl(family: string, id: string): string {
  return `${REPOSITORY_URL}/blob/main/rules/${family}/${id}.md`;
}
