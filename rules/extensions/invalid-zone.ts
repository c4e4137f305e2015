/**
 * `invalid-zone`: a `::: zone` the Learn build refuses (nested, bad pivot or target, unknown
 * attribute, neither target nor pivot, a pivot on a pdf zone), and, as warnings at the zone's
 * opening line, no `::: zone-end` or text after it. docfx v3, TripleColon/ZoneExtension.cs and
 * TripleColonBlockParser.cs.
 */
import { readContainerBlocks } from '../../src/parse/container-blocks.js';
import { LineIndex } from '../../src/text/line-index.js';
import { defineRule } from '../define.js';

/** The ids `readContainerBlocks` gives zone problems (src/parse/container-blocks.ts). */
type ZoneMessageId =
  | 'unknownTarget'
  | 'invalidPivot'
  | 'unknownAttribute'
  | 'noTargetOrPivot'
  | 'pivotOnPdf'
  | 'nested'
  | 'notRead'
  | 'textAfterEnd'
  | 'noEnd';

export const invalidZone = defineRule({
  meta: {
    id: 'invalid-zone',
    family: 'extensions',
    description: '::: zone nested, with a bad pivot, target or attribute, or without ::: zone-end',
    severity: 'error',
    messages: {
      unknownTarget: "Unknown zone target '{{target}}'",
      invalidPivot: "Invalid pivot '{{pivot}}'",
      unknownAttribute: "Unknown zone attribute '{{name}}'",
      noTargetOrPivot: 'A zone needs a target or a pivot',
      pivotOnPdf: 'A pivot is not permitted on a pdf zone',
      nested: 'Zones cannot be nested',
      notRead: 'Zone not read: {{problem}}',
      textAfterEnd: "Text after 'zone-end'",
      noEnd: "Zone has no '::: zone-end'",
    },
  },
  check({ outline, text, report }) {
    if (!text.includes('zone')) return;
    for (const problem of readContainerBlocks(text, outline.skipped, new LineIndex(text)).zoneProblems) {
      report({
        span: problem.span,
        messageId: problem.messageId as ZoneMessageId,
        ...(problem.data ? { data: problem.data } : {}),
        ...(problem.detail ? { detail: problem.detail } : {}),
        ...(problem.severity === 'warn' ? { severity: 'warn' } : {}),
      });
    }
  },
});
