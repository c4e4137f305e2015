/** circular-redirection: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { REDIRECTION_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('circular-redirection', {
  valid: [
    {
      name: 'two redirects to a third page',
      files: {
        '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path_from_root": "/a.md", "redirect_url": "c" },
    { "source_path_from_root": "/b.md", "redirect_url": "c" }
  ]
}
`,
        'c.md': page('# Target\n'),
      },
      file: '.openpublishing.redirection.json',
    },
  ],
  invalid: [
    {
      name: 'two pages redirected to each other',
      files: {
        '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path_from_root": "/a.md", "redirect_url": "b" },
    { "source_path_from_root": "/b.md", "redirect_url": "a" }
  ]
}
`,
      },
      file: '.openpublishing.redirection.json',
      errors: [
        { messageId: 'circular', line: 3, column: 32 },
        { messageId: 'circular', line: 4, column: 32 },
      ],
    },
  ],
  examples: REDIRECTION_EXAMPLES,
});
