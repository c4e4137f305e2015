/** link-text-missing: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, page, testRule } from './rule-tester.js';

testRule('link-text-missing', {
  valid: [
    {
      name: 'a link with text',
      files: { 'overview.md': page('# Target\n') },
      body: '# Title\n\nSee [the overview](overview.md).\n',
    },
  ],
  invalid: [
    {
      name: 'a link with no text',
      files: { 'overview.md': page('# Target\n') },
      body: '# Title\n\nSee [](overview.md) and [ ](overview.md).\n',
      errors: [
        {
          messageId: 'missing',
          data: { url: 'overview.md' },
          line: bodyLine(3),
          column: 5,
        },
        {
          messageId: 'missing',
          data: { url: 'overview.md' },
          line: bodyLine(3),
          column: 25,
        },
      ],
    },
  ],
  examples: { files: { 'articles/migrate/overview.md': '# Overview\n' } },
});
