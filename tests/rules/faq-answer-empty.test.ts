/** faq-answer-empty: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const DESCRIPTION = 'A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.';

testRule('faq-answer-empty', {
  valid: [
    {
      name: 'every question answered',
      files: {
        'page.md': `---\ntitle: Contoso frequently asked questions\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: faq\n---\n\n# Contoso FAQ\n\n## How do I sign in?\n\nWith your account.\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'a question with only a comment',
      files: {
        'page.md': `---\ntitle: Contoso frequently asked questions\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: faq\n---\n\n# Contoso FAQ\n\n## How do I sign in?\n\n<!-- TODO -->\n\n## How much is it?\n\nFree.\n`,
      },
      errors: [{ messageId: 'noAnswer', line: 12, column: 1 }],
    },
  ],
});
