/** faq-schema: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

const FAQ = (body: string): string =>
  `### YamlMime:FAQ\nmetadata:\n  title: Contoso frequently asked questions\n  description: A description of the Contoso widgets, long enough for the length rules of faq-lint to accept it.\n  author: tester\n  ms.author: tester\n  ms.date: 11/01/2026\n  ms.topic: faq\ntitle: Contoso FAQ\nsummary: Questions about Contoso.\n${body}`;

testRule('faq-schema', {
  valid: [
    {
      name: 'a complete structured FAQ',
      file: 'faq.yml',
      files: {
        'faq.yml': FAQ(
          'sections:\n  - name: General\n    questions:\n      - question: What is Contoso?\n        answer: A sample service.\n',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a misspelt key',
      file: 'faq.yml',
      files: {
        'faq.yml': FAQ(
          'sections:\n  - name: General\n    questions:\n      - question: What is Contoso?\n        anwser: A sample service.\n',
        ),
      },
      errors: [
        { messageId: 'shape', line: 14, column: 9 },
        { messageId: 'shape', line: 15, column: 9 },
      ],
    },
    {
      name: 'YAML syntax error',
      file: 'faq.yml',
      files: { 'faq.yml': FAQ('sections: [\n') },
      errors: [{ messageId: 'syntax', line: 12, column: 1 }],
    },
  ],
});
