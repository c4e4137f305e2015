/** link-insecure: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('link-insecure', {
  valid: [{ name: 'an https link', body: '# Title\n\n[Pricing](https://azure.microsoft.com/pricing/)\n' }],
  invalid: [
    {
      name: 'an http link to a Microsoft site',
      body: '# Title\n\n[Pricing](http://azure.microsoft.com/pricing/)\n',
      errors: [{ messageId: 'insecure', line: bodyLine(3), column: 1 }],
    },
  ],
});
