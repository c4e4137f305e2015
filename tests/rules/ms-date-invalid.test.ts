/** ms-date-invalid: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const DESCRIPTION = 'A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.';

testRule('ms-date-invalid', {
  valid: [
    {
      name: 'MM/DD/YYYY',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 11/01/2026\nms.topic: article\n---\n\n# Title\n`,
      },
    },
  ],
  invalid: [
    {
      name: 'ISO format',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 2026-11-01\nms.topic: article\n---\n\n# Title\n`,
      },
      errors: [{ messageId: 'format', line: 6, column: 10 }],
    },
    {
      name: 'an impossible date',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 02/30/2026\nms.topic: article\n---\n\n# Title\n`,
      },
      errors: [{ messageId: 'impossible', line: 6, column: 10 }],
    },
    {
      name: 'too far ahead',
      files: {
        'page.md': `---\ntitle: Contoso widgets overview page\ndescription: ${DESCRIPTION}\nauthor: tester\nms.author: tester\nms.date: 06/01/2027\nms.topic: article\n---\n\n# Title\n`,
      },
      errors: [{ messageId: 'tooFarAhead', line: 6, column: 10 }],
    },
  ],
});
