/** include-invalid: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('include-invalid', {
  valid: [
    {
      name: 'a Markdown include',
      files: { 'includes/note.md': 'A note.\n' },
      body: '# Title\n\n[!INCLUDE [note](includes/note.md)]\n',
    },
  ],
  invalid: [
    {
      name: 'a YAML include',
      files: { 'includes/data.yml': 'a: 1\n' },
      body: '# Title\n\n[!INCLUDE [data](includes/data.yml)]\n',
      errors: [{ messageId: 'notMarkdown', line: bodyLine(3), column: 1 }],
    },
  ],
});
