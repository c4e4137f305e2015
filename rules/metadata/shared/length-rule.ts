/** The logic behind title-bad-length and description-bad-length (Learn's `string-length-invalid`). */
import { Type } from '../../option-schemas.js';
import type { Severity } from '../../../src/types.js';
import { defineRule } from '../../define.js';
import { findEntry, isEmptyValue, isPage, scalarText, usableMetadata } from './metadata.js';

/** The default bounds of a length rule, in characters (UTF-16 code units, as the .NET build counts); 0 for none. */
export interface LengthBounds {
  minLength: number;
  maxLength: number;
}

export function defineLengthRule(declaration: {
  id: string;
  key: string;
  description: string;
  severity: Severity;
  defaults: LengthBounds;
}) {
  const { id, key, description, severity, defaults } = declaration;
  return defineRule({
    meta: {
      id,
      family: 'metadata',
      description,
      severity,
      options: {
        minLength: Type.Integer({
          minimum: 0,
          default: defaults.minLength,
          description: 'Fewest characters; 0 for no minimum',
        }),
        maxLength: Type.Integer({
          minimum: 0,
          default: defaults.maxLength,
          description: 'Most characters; 0 for no maximum',
        }),
      },
      messages: {
        tooLong: "String '{{key}}' is too long: {{length}} characters",
        tooShort: "String '{{key}}' is too short: {{length}} characters",
      },
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
          messageId: 'tooLong',
          data: { key, length: value.length },
          detail: `length should be <= ${maxLength}`,
          span: entry.valueSpan,
        });
      } else if (minLength > 0 && value.length < minLength) {
        ctx.report({
          messageId: 'tooShort',
          data: { key, length: value.length },
          detail: `length should be >= ${minLength}`,
          span: entry.valueSpan,
        });
      }
    },
  });
}
