/** Output formats by name. A new format is a module exporting a `Reporter`, added here. */
import { github } from './github.js';
import { json } from './json.js';
import { jsonWithMetadata } from './json-with-metadata.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

export const reporters: Readonly<Record<string, Reporter>> = { stylish, json, 'json-with-metadata': jsonWithMetadata, sarif, github, junit };

/** Formats that show the run's notes; with none of them (and no summary), the CLI writes the notes to stderr. */
export const FORMATS_WITH_NOTES: ReadonlySet<string> = new Set(['stylish', 'json-with-metadata', 'sarif', 'github']);

export type { Reporter, ReportContext } from './types.js';
