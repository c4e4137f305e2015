/** invalid-toc-level: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { TOC_MARKDOWN_EXAMPLES } from './learn-examples.js';
import { page, testRule } from './rule-tester.js';

testRule('invalid-toc-level', {
  valid: [
    {
      name: 'levels one apart',
      files: {
        'TOC.md': '# [Overview](overview.md)\n## [Quickstart](quickstart.md)\n',
        'overview.md': page('# Target\n'),
        'quickstart.md': page('# Target\n'),
      },
      file: 'TOC.md',
    },
  ],
  invalid: [
    {
      name: 'a level skipped',
      files: {
        'TOC.md': '# [Overview](overview.md)\n### [Quickstart](quickstart.md)\n',
        'overview.md': page('# Target\n'),
        'quickstart.md': page('# Target\n'),
      },
      file: 'TOC.md',
      errors: [{ messageId: 'level', data: { from: 1, to: 3 }, line: 2, column: 1 }],
    },
  ],
  examples: TOC_MARKDOWN_EXAMPLES,
});
