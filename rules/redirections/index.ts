/** The redirection rules: redirection files (`*.openpublishing.redirection*.json`) as the Learn build reads them. */
import type { Rule } from '../../src/types.js';
import { circularRedirection } from './circular-redirection.js';
import { jsonSyntaxError } from './json-syntax-error.js';
import { redirectTargetNotFound } from './redirect-target-not-found.js';
import { redirectedFileNotRemoved } from './redirected-file-not-removed.js';
import { redirectionConflict } from './redirection-conflict.js';
import { redirectionInvalid } from './redirection-invalid.js';
import { redirectionUrlConflict } from './redirection-url-conflict.js';
import { sourcePathConflict } from './source-path-conflict.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export const redirectionRules: Rule<any>[] = [
  jsonSyntaxError,
  sourcePathConflict,
  redirectionConflict,
  redirectionInvalid,
  redirectedFileNotRemoved,
  circularRedirection,
  redirectionUrlConflict,
  redirectTargetNotFound,
];
