/** inline-config-invalid: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('inline-config-invalid', {
  valid: [
    {
      name: 'a comment naming a known rule',
      body: '# Title\n\n<!-- faq-lint-disable-next-line file-not-found -->\n[Gone](gone.md)\n',
    },
  ],
  invalid: [
    {
      name: 'a comment naming an unknown rule',
      body: '# Title\n\n<!-- faq-lint-disable-next-line no-such-rule -->\nText.\n',
      errors: [{ messageId: 'unknownRule', line: bodyLine(3), column: 1 }],
    },
  ],
});
