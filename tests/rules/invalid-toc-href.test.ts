/** invalid-toc-href: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { TOC_INCLUDE_FILES, TOC_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('invalid-toc-href', {
  valid: [
    {
      name: 'tocHref to a folder with a TOC',
      files: TOC_INCLUDE_FILES,
      file: 'toc.yml',
    },
  ],
  invalid: [
    {
      name: 'tocHref to a page',
      files: {
        'toc.yml': '- name: Reference\n  tocHref: reference/overview.md\n',
        'reference/overview.md': page('# Target\n'),
      },
      file: 'toc.yml',
      errors: [
        {
          messageId: 'invalid',
          data: { href: 'reference/overview.md' },
          line: 2,
          column: 12,
        },
      ],
    },
  ],
  examples: TOC_EXAMPLES,
});
