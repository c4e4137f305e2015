/** Every rule faq-lint has, by family. Adding a rule means adding it to its family's index. */
import type { Rule } from '../src/types.js';
import { contentRules } from './content/index.js';
import { coreRules } from './core/index.js';
import { extensionsRules } from './extensions/index.js';
import { faqRules } from './faq/index.js';
import { linksRules } from './links/index.js';
import { metadataRules } from './metadata/index.js';
import { redirectionRules } from './redirections/index.js';
import { tocRules } from './toc/index.js';
import { zonePivotRules } from './zone-pivots/index.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const allRules: readonly Rule<any>[] = [
  ...coreRules,
  ...linksRules,
  ...metadataRules,
  ...faqRules,
  ...contentRules,
  ...extensionsRules,
  ...zonePivotRules,
  ...tocRules,
  ...redirectionRules,
];

/** Rules by id. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const rulesById: ReadonlyMap<string, Rule<any>> = new Map(allRules.map((rule) => [rule.meta.id, rule]));
