/** file-unreadable: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

testRule('file-unreadable', {
  valid: [{ name: 'a UTF-8 page', body: '# Title\n\nText.\n' }],
  invalid: [
    {
      name: 'a binary file named .md',
      files: { 'page.md': Buffer.from([0, 1, 2, 3]) },
      errors: [
        {
          messageId: 'unreadable',
          data: { reason: 'File looks binary (NUL byte at offset 0); not a text file' },
          line: 1,
          column: 1,
        },
      ],
    },
    {
      name: 'a file that is not UTF-8',
      files: { 'page.md': Buffer.from([0x23, 0x20, 0xe9, 0x0a]) },
      errors: [{ messageId: 'unreadable', line: 1, column: 1 }],
    },
  ],
  examples: { prose: 'the Wrong example is a binary file' },
});
