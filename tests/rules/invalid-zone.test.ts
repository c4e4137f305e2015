/** invalid-zone: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('invalid-zone', {
  valid: [
    {
      name: 'a closed target zone',
      body: '# Title\n\n::: zone target="docs"\nText.\n::: zone-end\n',
    },
  ],
  invalid: [
    {
      name: 'an unknown target; a zone without its end',
      body: `# Title

::: zone target="print"
Text.
::: zone-end

::: zone target="docs"
Text.
`,
      errors: [
        {
          messageId: 'unknownTarget',
          data: { target: 'print' },
          line: bodyLine(3),
          column: 10,
        },
        { messageId: 'noEnd', line: bodyLine(7), column: 1, severity: 1 },
      ],
    },
  ],
});
