/** redirection-conflict: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { REDIRECTION_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('redirection-conflict', {
  valid: [
    {
      name: 'each source once',
      files: {
        '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path_from_root": "/old.md", "redirect_url": "new" },
    { "source_path_from_root": "/older.md", "redirect_url": "new" }
  ]
}
`,
        'new.md': page('# Target\n'),
      },
      file: '.openpublishing.redirection.json',
    },
  ],
  invalid: [
    {
      name: 'a source twice',
      files: {
        '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path_from_root": "/old.md", "redirect_url": "new" },
    { "source_path_from_root": "/old.md", "redirect_url": "newer" }
  ]
}
`,
        'new.md': page('# Target\n'),
        'newer.md': page('# Target\n'),
      },
      file: '.openpublishing.redirection.json',
      errors: [{ messageId: 'conflict', line: 4, column: 59 }],
    },
  ],
  examples: REDIRECTION_EXAMPLES,
});
