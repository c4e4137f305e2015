/** ms-topic-invalid: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const DESCRIPTION = 'A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.';

testRule('ms-topic-invalid', {
  valid: [
    {
      name: 'a known topic',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Title\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'an unknown topic',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: concept\n---\n\n# Title\n`,
      },
      errors: [{ messageId: 'invalid', line: 7, column: 11 }],
    },
  ],
});
