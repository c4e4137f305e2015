/** Output formats by name. A new format is a module exporting a `Reporter`, added here. */
import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const reporters: Readonly<Record<string, Reporter>> = { stylish, json };

export type { Reporter, ReportContext } from './types.js';
