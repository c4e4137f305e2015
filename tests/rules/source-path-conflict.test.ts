/** source-path-conflict: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { ONE_REDIRECTION_FILES, REDIRECTION_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('source-path-conflict', {
  valid: [
    {
      name: 'one source key',
      files: ONE_REDIRECTION_FILES,
      file: '.openpublishing.redirection.json',
    },
  ],
  invalid: [
    {
      name: 'both source keys',
      files: {
        '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path": "old.md", "source_path_from_root": "/old.md", "redirect_url": "new" }
  ]
}
`,
        'new.md': page('# Target\n'),
      },
      file: '.openpublishing.redirection.json',
      errors: [{ messageId: 'conflict', line: 3, column: 84 }],
    },
  ],
  examples: REDIRECTION_EXAMPLES,
});
