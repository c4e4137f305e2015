/** The logic behind title-bad-length and description-bad-length (Learn's `string-length-invalid`). */
import type { Rule, Severity } from '../../../src/types.js';
import { defineRule } from '../../define.js';
import { findEntry, isEmptyValue, isPage, scalarText, usableMetadata } from './metadata.js';

/** Options of a length rule. */
export interface LengthOptions extends Record<string, unknown> {
  /** Fewest characters (UTF-16 code units, as the .NET build counts); 0 for no minimum. */
  minLength: number;
  /** Most characters; 0 for no maximum. */
  maxLength: number;
}

export function defineLengthRule(declaration: {
  id: string;
  key: string;
  description: string;
  severity: Severity;
  defaults: LengthOptions;
}): Rule<LengthOptions> {
  const { id, key, description, severity, defaults } = declaration;
  return defineRule<LengthOptions>({
    meta: {
      id,
      family: 'metadata',
      description,
      severity,
      schema: {
        type: 'object',
        properties: {
          minLength: { type: 'integer', minimum: 0, description: 'Fewest characters; 0 for no minimum' },
          maxLength: { type: 'integer', minimum: 0, description: 'Most characters; 0 for no maximum' },
        },
        additionalProperties: false,
      },
      defaults,
    },
    checkDocset(ctx) {
      if (!isPage(ctx.path, ctx.docset)) return; // never shown in search results
      const metadata = usableMetadata(ctx.summary.metadata);
      const entry = metadata && findEntry(metadata, key);
      if (!entry || isEmptyValue(entry)) return;
      const value = scalarText(entry)?.trim();
      if (value === undefined) return;
      const { minLength, maxLength } = ctx.options;
      if (maxLength > 0 && value.length > maxLength) {
        ctx.report({
          message: `String '${key}' is too long: ${value.length} characters`,
          detail: `length should be <= ${maxLength}`,
          span: entry.valueSpan,
        });
      } else if (minLength > 0 && value.length < minLength) {
        ctx.report({
          message: `String '${key}' is too short: ${value.length} characters`,
          detail: `length should be >= ${minLength}`,
          span: entry.valueSpan,
        });
      }
    },
  });
}
