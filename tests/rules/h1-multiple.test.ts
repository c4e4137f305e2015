/** h1-multiple: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('h1-multiple', {
  valid: [{ name: 'one H1', body: '# Title\n\n## Pricing\n' }],
  invalid: [
    {
      name: 'two H1s',
      body: '# Title\n\nText.\n\n# Pricing\n',
      errors: [{ messageId: 'multiple', line: bodyLine(5), column: 1 }],
    },
  ],
});
