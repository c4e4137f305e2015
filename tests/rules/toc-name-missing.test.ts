/** toc-name-missing: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { TOC_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('toc-name-missing', {
  valid: [
    {
      name: 'every entry named',
      files: {
        'toc.yml': `- name: Overview
  href: overview.md
- name: Quickstart
  href: quickstart.md
`,
        'overview.md': page('# Target\n'),
        'quickstart.md': page('# Target\n'),
      },
      file: 'toc.yml',
    },
  ],
  invalid: [
    {
      name: 'an entry without a name, one with an empty name',
      files: {
        'toc.yml': "- href: overview.md\n- name: ''\n  href: quickstart.md\n",
        'overview.md': page('# Target\n'),
        'quickstart.md': page('# Target\n'),
      },
      file: 'toc.yml',
      errors: [
        { messageId: 'missing', line: 1, column: 3 },
        { messageId: 'missing', line: 2, column: 9 },
      ],
    },
  ],
  examples: TOC_EXAMPLES,
});
