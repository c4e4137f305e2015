/** preserve-view-not-set: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('preserve-view-not-set', {
  valid: [
    {
      name: '?view= with preserve-view=true',
      body: `# Title

See [CAST](/sql/t-sql/functions/cast?view=sql-server-ver16&preserve-view=true).
`,
    },
  ],
  invalid: [
    {
      name: '?view= without preserve-view',
      body: `# Title

See [CAST](/sql/t-sql/functions/cast?view=sql-server-ver16).
`,
      errors: [{ messageId: 'notSet', line: bodyLine(3), column: 5 }],
    },
  ],
});
