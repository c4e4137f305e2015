/** `ms-topic-missing`: the metadata has no `ms.topic` (see shared/required-key.ts for the logic). */
import { defineRequiredKeyRule } from './shared/required-key.js';

export const msTopicMissing = defineRequiredKeyRule({
  id: 'ms-topic-missing',
  key: 'ms.topic',
  severity: 'warn',
  description: "A page's metadata has no 'ms.topic'",
  why: "add the article's content type, e.g. 'how-to' or 'overview'",
});
