/** json-syntax-error: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { page, testRule } from './rule-tester.js';

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
    {
      name: 'a toc.json with a comment, a trailing comma and a key given twice (the last wins, as in the build)',
      files: {
        'toc.json': '[ // the TOC\n  { "name": "", "name": "Overview", "href": "overview.md", },\n]\n',
        'overview.md': page('# Overview\n'),
      },
      file: 'toc.json',
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
          data: { problem: "expected ','" },
          line: 1,
          column: 47,
        },
      ],
    },
    {
      name: 'a toc.json that is not JSON: the first error, where the build puts it (docfx v3 docs/specs/toc/toc.yml)',
      files: { 'toc.json': '[{ "name": "title" ]\n' },
      file: 'toc.json',
      errors: [{ messageId: 'syntax', data: { problem: "expected ','" }, line: 1, column: 20 }],
    },
    {
      name: 'a toc.json written as YAML is read as JSON: one json-syntax-error, no YAML rule, no entry checked',
      files: { 'toc.json': '- name: Overview\n  href: missing.md\n' },
      file: 'toc.json',
      errors: [{ messageId: 'syntax', data: { problem: 'an unexpected character' }, line: 1, column: 1 }],
    },
  ],
  examples: {
    file: '.openpublishing.redirection.examples.json',
    files: { 'articles/new.md': '# New\n' },
  },
});
