/** internal-error: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

import { allRules, defineRule } from '../../src/index.js';

const throws = defineRule({
  meta: { id: 'test/throws', family: 'test', description: 'Always throws', severity: 'warn', messages: {} },
  check() {
    throw new Error('boom');
  },
});

testRule('internal-error', {
  valid: [{ name: 'every rule checks the page', body: '# Title\n\nText.\n' }],
  invalid: [
    {
      name: 'a rule that throws',
      body: '# Title\n',
      options: { rules: [...allRules, throws] },
      errors: [{ messageId: 'failed', data: { ruleId: 'test/throws', reason: 'boom' }, line: 1, column: 1 }],
    },
    {
      name: 'at the severity the config gives it',
      body: '# Title\n',
      options: { rules: [...allRules, throws] },
      rules: { 'internal-error': 'warn' },
      errors: [{ messageId: 'failed', line: 1, column: 1, severity: 1 }],
    },
  ],
  examples: { prose: 'the Wrong example is a rule that throws, not an article' },
});
