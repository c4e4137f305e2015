/** `ms-author-missing`: the metadata has no `ms.author` (see shared/required-key.ts for the logic). */
import { defineRequiredKeyRule } from './shared/required-key.js';

export const msAuthorMissing = defineRequiredKeyRule({
  id: 'ms-author-missing',
  key: 'ms.author',
  severity: 'warn',
  description: "A page's metadata has no 'ms.author'",
  why: "add the Microsoft alias of the article's owner (without @microsoft.com)",
});
