/** title-bad-length: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const DESCRIPTION = 'A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.';

testRule('title-bad-length', {
  valid: [
    {
      name: 'a title of fair length',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Title\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'a title over 60 characters',
      files: {
        'page.md': `---\ntitle: Contoso widgets - an overview of every widget, its price and its limits\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Title\n`,
      },
      errors: [{ messageId: 'tooLong', line: 2, column: 8 }],
    },
  ],
});
