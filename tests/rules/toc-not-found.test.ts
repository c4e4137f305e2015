/** toc-not-found: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { TOC_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('toc-not-found', {
  valid: [
    {
      name: 'a folder with a TOC',
      files: {
        'toc.yml': '- name: How-to guides\n  href: how-to/\n',
        'how-to/toc.yml': '- name: Install\n  href: install.md\n',
        'how-to/install.md': page('# Target\n'),
      },
      file: 'toc.yml',
    },
  ],
  invalid: [
    {
      name: 'a folder without a TOC',
      files: {
        'toc.yml': '- name: How-to guides\n  href: how-to/\n',
        'how-to/install.md': page('# Target\n'),
      },
      file: 'toc.yml',
      errors: [
        {
          messageId: 'notFound',
          data: { href: 'how-to/' },
          line: 2,
          column: 9,
        },
      ],
    },
  ],
  examples: TOC_EXAMPLES,
});
