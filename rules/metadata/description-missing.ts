/** `description-missing`: the metadata has no `description` (see shared/required-key.ts for the logic). */
import { defineRequiredKeyRule } from './shared/required-key.js';

export const descriptionMissing = defineRequiredKeyRule({
  id: 'description-missing',
  key: 'description',
  severity: 'error',
  description: "A page's metadata has no 'description'",
  why: 'Add a 115-145 character summary to show in search engine results.',
});
