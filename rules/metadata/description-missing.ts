/** `description-missing`: the metadata has no `description` (see shared/required-key.ts for the logic). */
import { defineRequiredKeyRule } from './shared/required-key.js';

export const descriptionMissing = defineRequiredKeyRule({
  id: 'description-missing',
  key: 'description',
  severity: 'error',
  description: "A page's metadata has no 'description'",
  // No length here: description-bad-length checks it, with its own (configurable) bounds.
  why: 'add a summary of the article to show in search engine results',
});
