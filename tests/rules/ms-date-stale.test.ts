/** ms-date-stale: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const DESCRIPTION = 'A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.';

testRule('ms-date-stale', {
  valid: [
    {
      name: 'a date within a year',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Title\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'a date over a year old',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 10/01/2025\nms.topic: article\n---\n\n# Title\n`,
      },
      errors: [{ messageId: 'stale', line: 6, column: 10 }],
    },
    {
      name: 'maxAgeDays set',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 09/01/2026\nms.topic: article\n---\n\n# Title\n`,
      },
      rules: { 'ms-date-stale': ['warn', { maxAgeDays: 30 }] },
      errors: [{ messageId: 'stale', line: 6, column: 10 }],
    },
  ],
});
