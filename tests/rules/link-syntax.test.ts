/** link-syntax: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, page, testRule } from './rule-tester.js';

testRule('link-syntax', {
  valid: [
    {
      name: 'a link with slashes',
      files: { 'docs/other.md': page('# Other\n') },
      body: '# Title\n\n[Other](docs/other.md)\n',
    },
  ],
  invalid: [
    {
      name: 'backslashes: a warning',
      files: { 'docs/other.md': page('# Other\n') },
      body: '# Title\n\n[Other](docs\\other.md)\n',
      errors: [{ messageId: 'backslashes', line: bodyLine(3), column: 1, severity: 1 }],
    },
    {
      name: 'a local file path',
      body: '# Title\n\n[Other](C:\\docs\\other.md)\n',
      errors: [{ messageId: 'localFile', line: bodyLine(3), column: 1 }],
    },
    {
      name: 'an empty destination',
      body: '# Title\n\n[Other]()\n',
      errors: [{ messageId: 'empty', line: bodyLine(3), column: 1 }],
    },
  ],
});
