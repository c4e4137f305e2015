/**
 * `json-with-metadata`: ESLint's format of that name, `{ results, metadata }`: the `json` results,
 * and run-wide facts a bare array cannot hold: `metadata.notes`, what the run could not check.
 */
import { printableJson } from '../text/printable.js';
import { eslintResults } from './json.js';
import type { Reporter } from './types.js';

export const jsonWithMetadata: Reporter = (result) =>
  `${printableJson(JSON.stringify({ results: eslintResults(result), metadata: { notes: result.notes ?? [] } }))}\n`;
