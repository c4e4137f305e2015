/** invalid-toc-syntax: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { TOC_MARKDOWN_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('invalid-toc-syntax', {
  valid: [
    {
      name: 'headings that are links',
      files: {
        'TOC.md': `# [Overview](overview.md)
## [Quickstart (5 minutes)](quickstart.md)
`,
        'overview.md': page('# Target\n'),
        'quickstart.md': page('# Target\n'),
      },
      file: 'TOC.md',
    },
  ],
  invalid: [
    {
      name: 'text that is not a heading',
      files: {
        'TOC.md': '# [Overview](overview.md)\nStart here.\n',
        'overview.md': page('# Target\n'),
        'quickstart.md': page('# Target\n'),
      },
      file: 'TOC.md',
      errors: [{ messageId: 'syntax', line: 2, column: 1 }],
    },
  ],
  examples: TOC_MARKDOWN_EXAMPLES,
});
