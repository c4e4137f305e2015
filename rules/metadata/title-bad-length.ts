/** `title-bad-length`: the title is longer than search results show (see shared/length-rule.ts). */
import { defineLengthRule } from './shared/length-rule.js';

export const titleBadLength = defineLengthRule({
  id: 'title-bad-length',
  key: 'title',
  description: 'The title is outside the configured length (default: at most 60 characters)',
  severity: 'warn',
  defaults: { minLength: 0, maxLength: 60 },
});
