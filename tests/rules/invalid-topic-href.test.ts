/** invalid-topic-href: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { TOC_INCLUDE_FILES, TOC_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('invalid-topic-href', {
  valid: [
    {
      name: 'topicHref to a page',
      files: TOC_INCLUDE_FILES,
      file: 'toc.yml',
    },
  ],
  invalid: [
    {
      name: 'topicHref to a TOC',
      files: {
        'toc.yml': `- name: Reference
  tocHref: reference/
  topicHref: reference/toc.yml
`,
        'reference/toc.yml': '- name: API\n  href: api.md\n',
        'reference/api.md': page('# Target\n'),
      },
      file: 'toc.yml',
      errors: [
        {
          messageId: 'invalid',
          data: { href: 'reference/toc.yml' },
          line: 3,
          column: 14,
        },
      ],
    },
  ],
  examples: TOC_EXAMPLES,
});
