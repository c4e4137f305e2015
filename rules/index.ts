/** Every rule faq-lint has, by family. Adding a rule means adding it to its family's index. */
import type { Rule } from '../src/types.js';
import { coreRules } from './core/index.js';
import { faqRules } from './faq/index.js';
import { linksRules } from './links/index.js';
import { metadataRules } from './metadata/index.js';

export const allRules: readonly Rule[] = [...coreRules, ...linksRules, ...metadataRules, ...faqRules];

/** Rules by id. */
export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((rule) => [rule.meta.id, rule]));
