/** redirection-conflict: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { page, testRule } from './rule-tester.js';

/** A redirection file with the page's entries. */
const redirections = (entries: string): string => `{\n  "redirections": [\n${entries}\n  ]\n}`;

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
  examples: {
    file: '.openpublishing.redirection.examples.json',
    wrap: redirections,
    files: {
      'articles/new.md': '# New\n',
      'articles/newer.md': '# Newer\n',
      'articles/new-home.md': '# New home\n',
      'articles/c.md': '# C\n',
      'articles/gadgets/overview.md': '# Gadgets\n',
    },
  },
});
