/** bookmark-not-found: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, page, testRule } from './rule-tester.js';

testRule('bookmark-not-found', {
  valid: [
    {
      name: 'bookmarks to headings here and in another page, and #top',
      files: { 'other.md': page('# Other\n\n## SLA\n') },
      body: '# Title\n\n## Supported geographies (public cloud)\n\n[Here](#supported-geographies-public-cloud) [SLA](other.md#sla) [Top](#top)\n',
    },
  ],
  invalid: [
    {
      name: 'a bookmark with a word missing',
      body: '# Title\n\n## Supported geographies (public cloud)\n\n[Here](#supported-geographies-public)\n',
      errors: [{ messageId: 'notFound', line: bodyLine(5), column: 1 }],
    },
    {
      name: 'ids are case-sensitive',
      files: { 'other.md': page('# Other\n\n## SLA\n') },
      body: '# Title\n\n[SLA](other.md#SLA)\n',
      errors: [{ messageId: 'notFound', line: bodyLine(3), column: 1 }],
    },
  ],
});
