/** The content rules: the Learn build's validation of links and images in an article's text. */
import type { Rule } from '../../src/types.js';
import { altTextMissing } from './alt-text-missing.js';
import { columnHeaderMissing } from './column-header-missing.js';
import { linkTextMissing } from './link-text-missing.js';
import { preserveViewNotSet } from './preserve-view-not-set.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const contentRules: Rule<any>[] = [linkTextMissing, altTextMissing, preserveViewNotSet, columnHeaderMissing];
