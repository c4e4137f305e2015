/** The TOC rules: TOC files (`toc.yml`, `toc.json`, `TOC.md`) as the Learn build loads them. */
import type { Rule } from '../../src/types.js';
import { circularReference } from './circular-reference.js';
import { invalidTocHref } from './invalid-toc-href.js';
import { invalidTocLevel } from './invalid-toc-level.js';
import { invalidTocSyntax } from './invalid-toc-syntax.js';
import { invalidTopicHref } from './invalid-topic-href.js';
import { tocNameMissing } from './toc-name-missing.js';
import { tocNotFound } from './toc-not-found.js';
import { yamlDuplicateKey } from './yaml-duplicate-key.js';
import { yamlSyntaxError } from './yaml-syntax-error.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const tocRules: Rule<any>[] = [
  yamlSyntaxError,
  yamlDuplicateKey,
  tocNameMissing,
  invalidTocHref,
  invalidTopicHref,
  tocNotFound,
  circularReference,
  invalidTocSyntax,
  invalidTocLevel,
];
