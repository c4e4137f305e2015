/** metadata-value-type: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const DESCRIPTION = 'A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.';

testRule('metadata-value-type', {
  valid: [
    {
      name: 'string values',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Title\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'a list where a string is expected',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: [a, b]\nms.author: tester\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Title\n`,
      },
      errors: [{ messageId: 'notString', line: 4, column: 9 }],
    },
    {
      name: 'an empty value',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: article\nms.service:\n---\n\n# Title\n`,
      },
      errors: [{ messageId: 'empty', line: 8, column: 1 }],
    },
  ],
});
