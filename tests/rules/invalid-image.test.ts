/** invalid-image: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('invalid-image', {
  valid: [
    {
      name: 'source and alt-text; an icon',
      files: { 'media/a.png': 'png' },
      body: `# Title

:::image source="media/a.png" alt-text="Architecture of the solution":::

:::image type="icon" source="media/a.png":::
`,
    },
  ],
  invalid: [
    {
      name: 'no alt-text; single quotes; an unknown attribute',
      files: { 'media/a.png': 'png' },
      body: `# Title

:::image source="media/a.png":::

:::image source='media/a.png' alt-text="A":::

:::image source="media/a.png" alt-text="A" size="large":::
`,
      errors: [
        {
          messageId: 'altTextMissing',
          line: bodyLine(3),
          column: 1,
          severity: 2,
        },
        {
          messageId: 'syntax',
          data: { problem: "'source' not in double quotes" },
          line: bodyLine(5),
          column: 10,
          severity: 2,
        },
        {
          messageId: 'unknownAttribute',
          data: { name: 'size' },
          line: bodyLine(7),
          column: 44,
          severity: 2,
        },
      ],
    },
  ],
  examples: {
    files: {
      'articles/migrate/media/architecture.png': 'png',
      'articles/migrate/media/check.png': 'png',
      'articles/migrate/media/flow.png': 'png',
    },
  },
});
