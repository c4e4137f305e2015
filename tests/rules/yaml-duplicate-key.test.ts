/** yaml-duplicate-key: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
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
  examples: {
    file: 'articles/migrate/toc.yml',
    files: {
      'articles/migrate/overview.md': '# Overview\n',
      'articles/migrate/quickstart.md': '# Quickstart\n',
      'articles/migrate/get-started.md': '# Get started\n',
      'articles/migrate/reference/toc.yml': '- name: API\n  href: api.md\n',
      'articles/migrate/reference/overview.md': '# Reference\n',
      'articles/migrate/reference/api.md': '# API\n',
    },
  },
});
