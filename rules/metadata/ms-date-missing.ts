/** `ms-date-missing`: the metadata has no `ms.date` (see shared/required-key.ts for the logic). */
import { defineRequiredKeyRule } from './shared/required-key.js';

export const msDateMissing = defineRequiredKeyRule({
  id: 'ms-date-missing',
  key: 'ms.date',
  severity: 'error',
  description: "A page's metadata has no 'ms.date'",
  why: 'add the date the article was last reviewed, as MM/DD/YYYY',
});
