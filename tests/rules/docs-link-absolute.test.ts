/** docs-link-absolute: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('docs-link-absolute', {
  valid: [{ name: 'a site-relative link', body: '# Title\n\n[Docs](/azure/migrate/)\n' }],
  invalid: [
    {
      name: 'an absolute Learn link',
      body: '# Title\n\n[Docs](https://learn.microsoft.com/azure/migrate/)\n',
      errors: [{ messageId: 'absolute', line: bodyLine(3), column: 1 }],
    },
  ],
});
