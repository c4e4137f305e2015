/** alt-text-missing: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('alt-text-missing', {
  valid: [
    {
      name: 'an image with alt text',
      files: { 'media/chart.png': 'png' },
      body: '# Title\n\n![A chart of sales by month](media/chart.png)\n',
    },
  ],
  invalid: [
    {
      name: 'an image with empty alt text',
      files: { 'media/chart.png': 'png' },
      body: '# Title\n\n![](media/chart.png)\n\n![ ](media/chart.png)\n',
      errors: [
        {
          messageId: 'missing',
          data: { url: 'media/chart.png' },
          line: bodyLine(3),
          column: 1,
        },
        {
          messageId: 'missing',
          data: { url: 'media/chart.png' },
          line: bodyLine(5),
          column: 1,
        },
      ],
    },
  ],
  examples: {
    files: {
      'articles/migrate/media/chart.png': 'png',
      'articles/migrate/media/check.png': 'png',
    },
  },
});
