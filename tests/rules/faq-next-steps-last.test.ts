/** faq-next-steps-last: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const DESCRIPTION = 'A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.';

testRule('faq-next-steps-last', {
  valid: [
    {
      name: 'Next steps last',
      files: {
        'page.md': `---\ntitle: Contoso frequently asked questions\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: faq\n---\n\n# Contoso FAQ\n\n## How do I sign in?\n\nWith your account.\n\n## Next steps\n\nRead more.\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'a question after Next steps',
      files: {
        'page.md': `---\ntitle: Contoso frequently asked questions\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: faq\n---\n\n# Contoso FAQ\n\n## Next steps\n\nRead more.\n\n## How do I sign in?\n\nWith your account.\n`,
      },
      errors: [{ messageId: 'notLast', line: 12, column: 1 }],
    },
  ],
});
