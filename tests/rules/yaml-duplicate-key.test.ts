/** yaml-duplicate-key: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { faqYaml, TOC_EXAMPLES } from './learn-examples.js';
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
    {
      name: 'a structured FAQ that does not parse: nothing but yaml-syntax-error (off here), no duplicate reported',
      files: { 'faq.yml': faqYaml('title: Again\nsections: [\n') },
      file: 'faq.yml',
      rules: { 'yaml-syntax-error': 'off' },
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
    {
      name: 'a structured FAQ: a key twice in its metadata and in a question, each once (not faq-schema, not front-matter-invalid)',
      files: {
        'faq.yml': faqYaml(
          'sections:\n  - name: General\n    questions:\n      - question: What is Contoso?\n        answer: A sample service.\n        answer: A sample.\n',
        ).replace('  ms.topic: faq\n', '  ms.topic: faq\n  ms.topic: faq\n'),
      },
      file: 'faq.yml',
      errors: [
        { messageId: 'duplicate', data: { key: 'ms.topic' }, line: 9, column: 3 },
        { messageId: 'duplicate', data: { key: 'answer' }, line: 17, column: 9 },
      ],
    },
  ],
  examples: TOC_EXAMPLES,
});
