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

export const linksRules: Rule[] = [
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
