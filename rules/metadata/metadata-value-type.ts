/**
 * `metadata-value-type`: a list or mapping where a string is expected, or a key with no value
 * (Learn's `unexpected-type` and `null-value`).
 */
import { Type } from '../option-schemas.js';
import { defineRule } from '../define.js';
import { isEmptyValue, usableMetadata } from './shared/metadata.js';

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

export const metadataValueType = defineRule({
  meta: {
    id: 'metadata-value-type',
    family: 'metadata',
    description: 'A metadata value is a list or mapping where a string is expected, or is empty',
    severity: 'warn',
    options: {
      /** A list or mapping given to one of these is reported. */
      stringKeys: Type.Array(Type.String(), {
        default: DEFAULT_STRING_KEYS,
        description: 'Keys whose value must be a single string',
      }),
      /** `ms.reviewer:` with nothing after it: the build reads null. */
      reportEmpty: Type.Boolean({ default: true, description: 'Report keys written with no value' }),
    },
    messages: {
      notString: "Expected type 'string' for '{{key}}' but got {{got}}",
      empty: "'{{key}}' {{what}}: give it a value or remove the key",
    },
  },
  check(ctx) {
    const metadata = usableMetadata(ctx.summary.metadata);
    for (const entry of metadata?.entries ?? []) {
      const got = KIND_NAMES[entry.kind];
      if (got && ctx.options.stringKeys.includes(entry.key)) {
        ctx.report({ messageId: 'notString', data: { key: entry.key, got }, span: entry.valueSpan });
      } else if (ctx.options.reportEmpty && isEmptyValue(entry)) {
        const what = typeof entry.value === 'string' ? 'is an empty string' : 'contains null value';
        ctx.report({ messageId: 'empty', data: { key: entry.key, what }, span: entry.keySpan });
      }
    }
  },
});
