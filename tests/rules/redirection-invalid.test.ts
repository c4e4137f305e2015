/** redirection-invalid: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { REDIRECTION_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('redirection-invalid', {
  valid: [
    {
      name: 'a page redirected',
      files: {
        '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path_from_root": "/widgets/overview.md", "redirect_url": "new" }
  ]
}
`,
        'widgets/new.md': page('# Target\n'),
      },
      file: '.openpublishing.redirection.json',
    },
  ],
  invalid: [
    {
      name: 'a TOC redirected',
      files: {
        '.openpublishing.redirection.json': `{
  "redirections": [
    { "source_path_from_root": "/widgets/toc.yml", "redirect_url": "new" }
  ]
}
`,
        'widgets/new.md': page('# Target\n'),
      },
      file: '.openpublishing.redirection.json',
      errors: [{ messageId: 'invalid', line: 3, column: 32 }],
    },
  ],
  examples: REDIRECTION_EXAMPLES,
});
