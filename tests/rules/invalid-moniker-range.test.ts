/** invalid-moniker-range: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('invalid-moniker-range', {
  valid: [
    {
      name: 'a closed range',
      body: `# Title

::: moniker range=">=msvc-160"
Text.
::: moniker-end
`,
    },
  ],
  invalid: [
    {
      name: 'text after the range, no end',
      body: '# Title\n\n::: moniker range=">=msvc-160" (and later)\nText.\n',
      errors: [
        { messageId: 'noEnd', line: bodyLine(3), column: 1 },
        { messageId: 'textAfterRange', line: bodyLine(3), column: 1 },
      ],
    },
  ],
});
