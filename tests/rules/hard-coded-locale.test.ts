/** hard-coded-locale: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('hard-coded-locale', {
  valid: [
    { name: 'a Microsoft link without a locale', body: '# Title\n\n[Docs](https://azure.microsoft.com/pricing/)\n' },
  ],
  invalid: [
    {
      name: 'a Microsoft link with en-us',
      body: '# Title\n\n[Docs](https://azure.microsoft.com/en-us/pricing/)\n',
      errors: [{ messageId: 'locale', line: bodyLine(3), column: 1 }],
    },
  ],
});
