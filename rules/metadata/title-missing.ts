/** `title-missing`: the metadata has no `title` (see shared/required-key.ts for the logic). */
import { defineRequiredKeyRule } from './shared/required-key.js';

export const titleMissing = defineRequiredKeyRule({
  id: 'title-missing',
  key: 'title',
  severity: 'error',
  description: "A page's metadata has no 'title'",
  why: 'add a title string to show in search engine results and on the browser tab',
});
