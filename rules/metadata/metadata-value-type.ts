/**
 * `metadata-value-type`: a list or mapping where a string is expected, or a key with no value
 * (Learn's `unexpected-type` and `null-value`).
 */
import { defineRule } from '../define.js';
import { isEmptyValue, usableMetadata } from './shared/metadata.js';

export interface MetadataValueTypeOptions extends Record<string, unknown> {
  /** Keys whose value must be a single string (a list or mapping is reported). */
  stringKeys: string[];
  /** Report keys written with no value (`ms.reviewer:`), which the build reads as null. */
  reportEmpty: boolean;
}

/**
 * Keys the contributor guide describes as one string each. Not `ms.custom`: the guide says a
 * string, but published pages use lists of tags there (151 in azure-management-docs and cpp-docs).
 */
export const DEFAULT_STRING_KEYS = [
  'title',
  'description',
  'ms.date',
  'ms.topic',
  'author',
  'ms.author',
  'ms.service',
  'ms.subservice',
  'titleSuffix',
  'manager',
];

const KIND_NAMES: Record<string, string> = { sequence: 'a list', map: 'a mapping' };

export const metadataValueType = defineRule<MetadataValueTypeOptions>({
  meta: {
    id: 'metadata-value-type',
    family: 'metadata',
    description: 'A metadata value is a list or mapping where a string is expected, or is empty',
    severity: 'warn',
    schema: {
      type: 'object',
      properties: {
        stringKeys: {
          type: 'array',
          items: { type: 'string' },
          description: 'Keys whose value must be a single string',
        },
        reportEmpty: { type: 'boolean', description: 'Report keys written with no value' },
      },
      additionalProperties: false,
    },
    defaults: { stringKeys: DEFAULT_STRING_KEYS, reportEmpty: true },
  },
  check(ctx) {
    const metadata = usableMetadata(ctx.summary.metadata);
    for (const entry of metadata?.entries ?? []) {
      const got = KIND_NAMES[entry.kind];
      if (got && ctx.options.stringKeys.includes(entry.key)) {
        ctx.report({ message: `Expected type 'string' for '${entry.key}' but got ${got}`, span: entry.valueSpan });
      } else if (ctx.options.reportEmpty && isEmptyValue(entry)) {
        const what = typeof entry.value === 'string' ? 'is an empty string' : 'contains null value';
        ctx.report({ message: `'${entry.key}' ${what}: give it a value or remove the key`, span: entry.keySpan });
      }
    }
  },
});
