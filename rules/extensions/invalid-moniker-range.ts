/**
 * `invalid-moniker-range`: a `::: moniker range="..."` block with no closing quote, text after the
 * range or after `moniker-end`, or no `::: moniker-end`. Ranges are not evaluated (that needs the
 * service's moniker definitions). docfx v3, MonikerRange/MonikerRangeParser.cs.
 */
import { readContainerBlocks } from '../../src/parse/container-blocks.js';
import { LineIndex } from '../../src/parse/positions.js';
import { defineRule } from '../define.js';

export const invalidMonikerRange = defineRule({
  meta: {
    id: 'invalid-moniker-range',
    family: 'extensions',
    description: '::: moniker range without closing quote or ::: moniker-end, or with text after the range or the end',
    severity: 'warn',
  },
  check({ tree, text, report }) {
    if (!/moniker/i.test(text)) return;
    for (const problem of readContainerBlocks(text, tree, new LineIndex(text)).monikerProblems)
      report({ span: problem.span, message: problem.message });
  },
});
