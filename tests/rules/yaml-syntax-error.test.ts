/** yaml-syntax-error: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { faqYaml, TOC_EXAMPLES } from './learn-examples.js';
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
    {
      name: 'a structured FAQ that does not parse: its first error only, and no faq-schema finding',
      files: { 'faq.yml': faqYaml('sections: [\n  - name: "General\n') },
      file: 'faq.yml',
      errors: [{ messageId: 'syntax', data: { problem: 'Missing closing "quote' }, line: 12, column: 11 }],
    },
  ],
  examples: TOC_EXAMPLES,
});
