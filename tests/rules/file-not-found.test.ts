/** file-not-found: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, page, testRule } from './rule-tester.js';

testRule('file-not-found', {
  valid: [
    {
      name: 'a link to an existing page, with a query and a bookmark',
      files: { 'other.md': page('# Other\n\n## Steps\n') },
      body: '# Title\n\n[Other](other.md?tabs=cli#steps)\n',
    },
    {
      name: 'a docset-root-relative link',
      files: { 'docs/other.md': page('# Other\n') },
      body: '# Title\n\n[Other](~/docs/other.md)\n',
    },
  ],
  invalid: [
    {
      name: 'a missing file, with a did-you-mean',
      files: { 'setup.md': page('# Setup\n') },
      body: '# Title\n\n[Setup](setpu.md)\n',
      errors: [{ messageId: 'notFound', data: { url: 'setpu.md' }, line: bodyLine(3), column: 1 }],
    },
    {
      name: 'a folder',
      files: { 'media/a.png': 'png' },
      body: '# Title\n\n[Media](media/)\n',
      errors: [{ messageId: 'folder', data: { url: 'media/' }, line: bodyLine(3), column: 1 }],
    },
    {
      name: 'a link that leaves the docset',
      body: '# Title\n\n[Out](../../outside.md)\n',
      errors: [{ messageId: 'leavesDocset', data: { url: '../../outside.md' }, line: bodyLine(3), column: 1 }],
    },
    {
      name: 'a trailing slash on a file',
      files: { 'other.md': page('# Other\n') },
      body: '# Title\n\n[Other](other.md/)\n',
      errors: [{ messageId: 'trailingSlash', data: { url: 'other.md/' }, line: bodyLine(3), column: 1 }],
    },
  ],
});
