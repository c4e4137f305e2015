/** The extensions rules: DocFX triple-colon extensions (`:::image`, `:::code`, zones, moniker ranges) the Learn build refuses. */
import type { Rule } from '../../src/types.js';
import { invalidCode } from './invalid-code.js';
import { invalidImage } from './invalid-image.js';
import { invalidMonikerRange } from './invalid-moniker-range.js';
import { invalidZone } from './invalid-zone.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const extensionsRules: Rule<any>[] = [invalidImage, invalidCode, invalidZone, invalidMonikerRange];
