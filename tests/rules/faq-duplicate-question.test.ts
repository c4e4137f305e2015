/** faq-duplicate-question: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const DESCRIPTION = 'A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.';

testRule('faq-duplicate-question', {
  valid: [
    {
      name: 'distinct questions',
      files: {
        'page.md': `---\ntitle: Contoso frequently asked questions\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: faq\n---\n\n# Contoso FAQ\n\n## How do I sign in?\n\nWith your account.\n\n## How much is it?\n\nFree.\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'the same question twice',
      files: {
        'page.md': `---\ntitle: Contoso frequently asked questions\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: faq\n---\n\n# Contoso FAQ\n\n## How do I sign in?\n\nWith your account.\n\n## How do I sign in?\n\nWith a key.\n`,
      },
      errors: [{ messageId: 'duplicate', line: 16, column: 1 }],
    },
  ],
});
