/** description-bad-length: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const DESCRIPTION = 'A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.';

testRule('description-bad-length', {
  valid: [
    {
      name: 'a description of fair length',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Title\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'a short description',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: Widgets.\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Title\n`,
      },
      errors: [{ messageId: 'tooShort', line: 3, column: 14 }],
    },
  ],
});
