/** The metadata rules. */
import type { Rule } from '../../src/types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const metadataRules: Rule<any>[] = [];
