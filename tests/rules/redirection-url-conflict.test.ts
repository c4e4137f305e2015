/** redirection-url-conflict: valid and invalid cases (the docfx v3 spec cases among them), and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { REDIRECTION_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

const redirections = (entries: string[]): string => `{\n  "redirections": [\n${entries.join(',\n')}\n  ]\n}\n`;
const entry = (source: string, url: string, id: boolean | undefined): string =>
  `    { "source_path": "${source}", "redirect_url": "${url}"${id === undefined ? '' : `, "redirect_document_id": ${id}`} }`;

testRule('redirection-url-conflict', {
  valid: [
    {
      name: 'one id redirection per page; others without the id (false or absent)',
      files: {
        '.openpublishing.redirection.json': redirections([
          entry('a.md', 'new', true),
          entry('b.md', 'new', false),
          entry('c.md', 'new', undefined),
          entry('d.md', 'other', true),
        ]),
        'new.md': page('# New\n'),
        'other.md': page('# Other\n'),
      },
      file: '.openpublishing.redirection.json',
    },
    {
      name: 'id redirections to a page that does not exist, or to another site, are not compared',
      files: {
        '.openpublishing.redirection.json': redirections([
          entry('a.md', 'https://example.com/x', true),
          entry('b.md', 'https://example.com/x', true),
        ]),
      },
      file: '.openpublishing.redirection.json',
    },
    {
      name: 'a versioned docset (docfx.json groups with a moniker_range) is not judged',
      files: {
        'docfx.json': '{ "build": { "groups": { "g": { "moniker_range": ">= v1" } } } }',
        '.openpublishing.redirection.json': redirections([entry('a.md', 'new', true), entry('b.md', 'new', true)]),
        'new.md': page('# New\n'),
      },
      file: '.openpublishing.redirection.json',
    },
    {
      name: 'entries with monikers redirect one version: not compared',
      files: {
        '.openpublishing.redirection.json': `{ "redirections": [
  { "source_path": "a.md", "redirect_url": "new", "redirect_document_id": true, "monikers": ["v1"] },
  { "source_path": "b.md", "redirect_url": "new", "redirect_document_id": true }
] }
`,
        'new.md': page('# New\n'),
      },
      file: '.openpublishing.redirection.json',
    },
  ],
  invalid: [
    {
      // docfx v3 docs/specs/redirection.yml, "Redirection files have conflicted ids" (renames).
      name: 'two renames to one page: once, at the first redirect_url',
      files: {
        '.openpublishing.redirection.json':
          '{\n  "renames": {\n    "a.md": "docs/path1",\n    "b.md": "docs/path1"\n  }\n}\n',
        'docs/path1.md': page('# Path 1\n'),
      },
      file: '.openpublishing.redirection.json',
      errors: [{ messageId: 'conflict', data: { count: 2, url: 'docs/path1' }, line: 3, column: 13 }],
    },
    {
      name: 'URLs written differently that reach one page (case, .md, folder index, query and fragment)',
      files: {
        '.openpublishing.redirection.json': redirections([
          entry('x/a.md', '../folder/', true),
          entry('x/b.md', '../Folder/Index?view=1#top', true),
          entry('c.md', 'folder/index.md', true),
          entry('d.md', 'new', true),
        ]),
        'folder/index.md': page('# Folder\n'),
        'new.md': page('# New\n'),
      },
      file: '.openpublishing.redirection.json',
      errors: [{ messageId: 'conflict', data: { count: 3, url: '../folder/' }, line: 3, column: 48 }],
    },
    {
      name: 'a Learn URL and a site path (through sitePrefixes) reach one page; a redirected page counts as a page',
      files: {
        '.faqlintrc.json': '{ "sitePrefixes": { "/docs/": "articles/" } }',
        '.openpublishing.redirection.json': redirections([
          entry('articles/a.md', 'https://learn.microsoft.com/en-us/docs/path1', true),
          entry('articles/b.md', '/docs/path1', true),
          entry('articles/c.md', 'moved', true),
          entry('articles/d.md', './moved.md', true),
          entry('articles/moved.md', 'path1', false),
        ]),
        'articles/path1.md': page('# Path 1\n'),
      },
      file: '.openpublishing.redirection.json',
      options: { noConfig: false },
      errors: [
        {
          messageId: 'conflict',
          data: { count: 2, url: 'https://learn.microsoft.com/en-us/docs/path1' },
          line: 3,
          column: 55,
        },
        { messageId: 'conflict', data: { count: 2, url: 'moved' }, line: 5, column: 55 },
      ],
    },
    {
      // docfx v3 docs/specs/redirection.yml, "Multiple Redirection Files with redirect url conflict":
      // reported in the first file (by path); the tester checks that the second has no finding.
      name: 'across redirection files: reported once, in the file that declares the first',
      files: {
        '.openpublishing.redirection.json': redirections([entry('a/a.md', 'aa', true)]),
        'a/b/.openpublishing.redirection.json': `{"redirections": [{"source_path_from_root": "/a/b.md", "redirect_url": "aa", "redirect_document_id": true}]}\n`,
        'a/aa.md': page('# AA\n'),
      },
      file: '.openpublishing.redirection.json',
      errors: [{ messageId: 'conflict', data: { count: 2, url: 'aa' }, line: 3, column: 48 }],
    },
  ],
  examples: REDIRECTION_EXAMPLES,
});
