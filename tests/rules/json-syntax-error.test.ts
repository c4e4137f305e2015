/** json-syntax-error: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

testRule('json-syntax-error', {
  valid: [
    {
      name: 'valid JSON, with a trailing comma the build accepts',
      files: {
        '.openpublishing.redirection.json': `{ "redirections": [ { "source_path": "old.md", "redirect_url": "/azure/new" }, ] }
`,
      },
      file: '.openpublishing.redirection.json',
    },
  ],
  invalid: [
    {
      name: 'a comma missing',
      files: {
        '.openpublishing.redirection.json': `{ "redirections": [ { "source_path": "old.md" "redirect_url": "/azure/new" } ] }
`,
      },
      file: '.openpublishing.redirection.json',
      errors: [
        {
          messageId: 'syntax',
          data: { problem: 'CommaExpected' },
          line: 1,
          column: 47,
        },
      ],
    },
  ],
  examples: {
    file: '.openpublishing.redirection.examples.json',
    files: { 'articles/new.md': '# New\n' },
  },
});
