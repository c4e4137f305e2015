/**
 * `invalid-zone`: a `::: zone` the Learn build refuses (nested, bad pivot or target, unknown
 * attribute, neither target nor pivot, a pivot on a pdf zone), and, as warnings at the zone's
 * opening line, no `::: zone-end` or text after it. docfx v3, TripleColon/ZoneExtension.cs and
 * TripleColonBlockParser.cs.
 */
import { readContainerBlocks } from '../../src/parse/container-blocks.js';
import { LineIndex } from '../../src/parse/positions.js';
import { defineRule } from '../define.js';

export const invalidZone = defineRule({
  meta: {
    id: 'invalid-zone',
    family: 'extensions',
    description: '::: zone nested, with a bad pivot, target or attribute, or without ::: zone-end',
    severity: 'error',
  },
  check({ tree, text, report }) {
    if (!text.includes('zone')) return;
    for (const problem of readContainerBlocks(text, tree, new LineIndex(text)).zoneProblems) {
      report({
        span: problem.span,
        message: problem.message,
        ...(problem.detail ? { detail: problem.detail } : {}),
        ...(problem.severity === 'warn' ? { severity: 'warn' } : {}),
      });
    }
  },
});
