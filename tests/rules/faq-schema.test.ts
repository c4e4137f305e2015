/** faq-schema: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { faqYaml as FAQ } from './learn-examples.js';
import { testRule } from './rule-tester.js';

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
  ],
});
