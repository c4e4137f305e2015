/** include-not-found: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('include-not-found', {
  valid: [
    {
      name: 'an existing include',
      files: { 'includes/note.md': 'A note.\n' },
      body: '# Title\n\n[!INCLUDE [note](includes/note.md)]\n',
    },
  ],
  invalid: [
    {
      name: 'a missing include (case differs)',
      files: { 'includes/note.md': 'A note.\n' },
      body: '# Title\n\n[!INCLUDE [note](includes/Note.md)]\n',
      errors: [{ messageId: 'notFound', data: { url: 'includes/Note.md' }, line: bodyLine(3), column: 1 }],
    },
    {
      name: 'an empty include path',
      body: '# Title\n\n[!INCLUDE [empty]()]\n',
      errors: [{ messageId: 'empty', line: bodyLine(3), column: 1 }],
    },
  ],
});
