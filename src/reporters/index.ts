/**
 * Output formats by name. A new format is a module exporting a `Reporter`, added here. The
 * exported functions take the context as optional: `reporters.stylish(result)` works with the
 * defaults (paths relative to the working folder, no colour, every rule).
 */
import { allRules } from '../../rules/index.js';
import type { LintResult } from '../engine/lint.js';
import { github } from './github.js';
import { json } from './json.js';
import { jsonWithMetadata } from './json-with-metadata.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { ReportContext, Reporter } from './types.js';
import type { FormatName } from './load.js';

/** A format as the API offers it: the lint result, and any part of the context. */
export type Format = (result: LintResult, context?: Partial<ReportContext>) => string;

const withDefaults =
  (reporter: Reporter): Format =>
  (result, context = {}) =>
    reporter(result, { cwd: process.cwd(), color: false, quiet: false, rules: allRules, ...context });

/** Every format, by the name `--format` takes. */
export const reporters: Readonly<Record<FormatName, Format>> = {
  stylish: withDefaults(stylish),
  json: withDefaults(json),
  'json-with-metadata': withDefaults(jsonWithMetadata),
  sarif: withDefaults(sarif),
  github: withDefaults(github),
  junit: withDefaults(junit),
};

/** The format called `name`, if there is one (names come from the command line). */
export function formatNamed(name: string): Format | undefined {
  return Object.hasOwn(reporters, name) ? reporters[name as keyof typeof reporters] : undefined;
}

export { FORMATS_WITH_NOTES } from './load.js';

export type { Reporter, ReportContext } from './types.js';
