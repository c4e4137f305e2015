/** h1-missing: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

testRule('h1-missing', {
  valid: [{ name: 'a page with an H1', body: '# Title\n\nText.\n' }],
  invalid: [
    {
      name: 'a page that starts at H2',
      body: '## Overview\n\nText.\n',
      errors: [{ messageId: 'missing', line: 1, column: 1 }],
    },
  ],
});
