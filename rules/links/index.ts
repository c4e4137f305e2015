/** The links rules. */
import type { Rule } from '../../src/types.js';
import { bookmarkNotFound } from './bookmark-not-found.js';
import { docsLinkAbsolute } from './docs-link-absolute.js';
import { fileNotFound } from './file-not-found.js';
import { hardCodedLocale } from './hard-coded-locale.js';
import { includeInvalid } from './include-invalid.js';
import { includeNotFound } from './include-not-found.js';
import { linkInsecure } from './link-insecure.js';
import { linkSyntax } from './link-syntax.js';
import { linkToRedirected } from './link-to-redirected.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const linksRules: Rule<any>[] = [
  fileNotFound,
  bookmarkNotFound,
  includeNotFound,
  includeInvalid,
  hardCodedLocale,
  docsLinkAbsolute,
  linkInsecure,
  linkSyntax,
  linkToRedirected,
];
