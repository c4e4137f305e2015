/** redirect-target-not-found: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { REDIRECTION_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('redirect-target-not-found', {
  valid: [
    {
      name: 'a target that exists',
      files: {
        '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path_from_root": "/old.md", "redirect_url": "new-home" }
  ]
}
`,
        'new-home.md': page('# Target\n'),
      },
      file: '.openpublishing.redirection.json',
    },
  ],
  invalid: [
    {
      name: 'a misspelt target',
      files: {
        '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path_from_root": "/old.md", "redirect_url": "new-hom" }
  ]
}
`,
        'new-home.md': page('# Target\n'),
      },
      file: '.openpublishing.redirection.json',
      errors: [
        {
          messageId: 'notFound',
          data: { url: 'new-hom' },
          line: 3,
          column: 59,
        },
      ],
    },
  ],
  examples: REDIRECTION_EXAMPLES,
});
