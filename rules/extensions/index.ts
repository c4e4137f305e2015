/** The extensions rules: DocFX triple-colon extensions (`:::image`, ...) the Learn build refuses. */
import type { Rule } from '../../src/types.js';
import { invalidImage } from './invalid-image.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const extensionsRules: Rule<any>[] = [invalidImage];
