/** faq-question-format: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const DESCRIPTION = 'A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.';

testRule('faq-question-format', {
  valid: [
    {
      name: 'questions end with ?',
      files: {
        'page.md': `---\ntitle: Contoso frequently asked questions\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: faq\n---\n\n# Contoso FAQ\n\n## How do I sign in?\n\nWith your account.\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'a question without ?',
      files: {
        'page.md': `---\ntitle: Contoso frequently asked questions\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: faq\n---\n\n# Contoso FAQ\n\n## Signing in\n\nWith your account.\n`,
      },
      errors: [{ messageId: 'notQuestion', line: 12, column: 1 }],
    },
  ],
});
