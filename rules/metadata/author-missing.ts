/** `author-missing`: the metadata has no `author` (see shared/required-key.ts for the logic). */
import { defineRequiredKeyRule } from './shared/required-key.js';

export const authorMissing = defineRequiredKeyRule({
  id: 'author-missing',
  key: 'author',
  severity: 'warn',
  description: "A page's metadata has no 'author'",
  why: "add the GitHub ID of the article's owner",
});
