/** The zone pivot rules: `::: zone pivot="..."` against the page's groups and the docset's definition file. */
import type { Rule } from '../../src/types.js';
import { pivotGroupNotFound } from './pivot-group-not-found.js';
import { pivotIdNotFound } from './pivot-id-not-found.js';
import { zonePivotGroupMissing } from './zone-pivot-group-missing.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const zonePivotRules: Rule<any>[] = [zonePivotGroupMissing, pivotGroupNotFound, pivotIdNotFound];
