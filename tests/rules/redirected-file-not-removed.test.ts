/** redirected-file-not-removed: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { ONE_REDIRECTION_FILES, REDIRECTION_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('redirected-file-not-removed', {
  valid: [
    {
      name: 'the redirected page is gone',
      files: ONE_REDIRECTION_FILES,
      file: '.openpublishing.redirection.json',
    },
  ],
  invalid: [
    {
      name: 'the redirected page still exists',
      files: {
        '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path_from_root": "/old.md", "redirect_url": "new" }
  ]
}
`,
        'new.md': page('# Target\n'),
        'old.md': page('# Target\n'),
      },
      file: '.openpublishing.redirection.json',
      errors: [{ messageId: 'notRemoved', line: 3, column: 32 }],
    },
  ],
  examples: REDIRECTION_EXAMPLES,
});
