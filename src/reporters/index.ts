/** Output formats by name. A new format is a module exporting a `Reporter`, added here. */
import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const reporters: Readonly<Record<string, Reporter>> = { stylish, json, sarif, github, junit };

export type { Reporter, ReportContext } from './types.js';
