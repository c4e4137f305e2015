/** `description-bad-length`: the description is outside 75-300 characters (see shared/length-rule.ts). */
import { defineLengthRule } from './shared/length-rule.js';

export const descriptionBadLength = defineLengthRule({
  id: 'description-bad-length',
  key: 'description',
  description: 'The description is outside the configured length (default: 75-300 characters)',
  severity: 'warn',
  defaults: { minLength: 75, maxLength: 300 },
});
