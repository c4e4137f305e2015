/** circular-reference: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { page, testRule } from './rule-tester.js';

testRule('circular-reference', {
  valid: [
    {
      name: 'a sub-TOC that links pages',
      files: {
        'sub/toc.yml': '- name: Overview\n  href: ../overview.md\n',
        'toc.yml': '- name: Sub\n  href: sub/\n',
        'overview.md': page('# Target\n'),
      },
      file: 'sub/toc.yml',
    },
  ],
  invalid: [
    {
      name: 'a TOC that includes itself',
      files: {
        'sub/toc.yml': `- name: Overview
  href: ../overview.md
- name: Again
  href: toc.yml
`,
        'overview.md': page('# Target\n'),
      },
      file: 'sub/toc.yml',
      errors: [{ messageId: 'circular', line: 1, column: 1 }],
    },
  ],
  examples: {
    file: 'articles/migrate/sub/toc.yml',
    files: {
      'articles/migrate/toc.yml': '- name: Sub\n  href: sub/\n',
      'articles/migrate/overview.md': '# Overview\n',
    },
  },
});
