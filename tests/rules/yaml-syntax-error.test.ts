/** yaml-syntax-error: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { TOC_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('yaml-syntax-error', {
  valid: [
    {
      name: 'quotes closed',
      files: {
        'toc.yml': '- name: "Get started"\n  href: overview.md\n',
        'overview.md': page('# Target\n'),
        'quickstart.md': page('# Target\n'),
      },
      file: 'toc.yml',
    },
  ],
  invalid: [
    {
      name: 'a quote not closed',
      files: {
        'toc.yml': '- name: "Get started\n  href: overview.md\n',
        'overview.md': page('# Target\n'),
        'quickstart.md': page('# Target\n'),
      },
      file: 'toc.yml',
      errors: [
        {
          messageId: 'syntax',
          data: { problem: 'Missing closing "quote' },
          line: 1,
          column: 9,
        },
      ],
    },
  ],
  examples: TOC_EXAMPLES,
});
