/**
 * `invalid-moniker-range`: a `::: moniker range="..."` block with no closing quote, text after the
 * range or after `moniker-end`, or no `::: moniker-end`. Ranges are not evaluated (that needs the
 * service's moniker definitions). docfx v3, MonikerRange/MonikerRangeParser.cs.
 */
import { readContainerBlocks } from '../../src/parse/container-blocks.js';
import { LineIndex } from '../../src/text/line-index.js';
import { defineRule } from '../define.js';

type MonikerMessageId = 'noClosingQuote' | 'textAfterRange' | 'textAfterEnd' | 'noEnd';

export const invalidMonikerRange = defineRule({
  meta: {
    id: 'invalid-moniker-range',
    family: 'extensions',
    description: '::: moniker range without closing quote or ::: moniker-end, or with text after the range or the end',
    severity: 'warn',
    messages: {
      noClosingQuote: 'Moniker range has no closing quote (")',
      textAfterRange: 'Text after the moniker range',
      textAfterEnd: "Text after 'moniker-end'",
      noEnd: "Moniker range has no '::: moniker-end'",
    },
  },
  check({ outline, text, report }) {
    if (!/moniker/i.test(text)) return;
    for (const problem of readContainerBlocks(text, outline.skipped, new LineIndex(text)).monikerProblems)
      report({ span: problem.span, messageId: problem.messageId as MonikerMessageId });
  },
});
