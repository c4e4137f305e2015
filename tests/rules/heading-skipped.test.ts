/** heading-skipped: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('heading-skipped', {
  valid: [{ name: 'levels one at a time', body: '# Title\n\n## Limits\n\n### Per account\n' }],
  invalid: [
    {
      name: 'H4 after H2',
      body: '# Title\n\n## Limits\n\n#### Per account\n',
      errors: [{ messageId: 'skipped', line: bodyLine(5), column: 1 }],
    },
  ],
});
