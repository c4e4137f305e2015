/** yaml-duplicate-key: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { TOC_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('yaml-duplicate-key', {
  valid: [
    {
      name: 'keys once each',
      files: {
        'toc.yml': '- name: Overview\n  href: overview.md\n',
        'overview.md': page('# Target\n'),
        'quickstart.md': page('# Target\n'),
      },
      file: 'toc.yml',
    },
  ],
  invalid: [
    {
      name: 'a key given twice',
      files: {
        'toc.yml': '- name: Overview\n  name: Start\n  href: overview.md\n',
        'overview.md': page('# Target\n'),
        'quickstart.md': page('# Target\n'),
      },
      file: 'toc.yml',
      errors: [{ messageId: 'duplicate', data: { key: 'name' }, line: 2, column: 3 }],
    },
  ],
  examples: TOC_EXAMPLES,
});
