/** invalid-code: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('invalid-code', {
  valid: [
    {
      name: 'a snippet with language and source',
      files: { 'snippets/Program.cs': 'class Program {}\n' },
      body: `# Title

:::code language="csharp" source="snippets/Program.cs" range="1-10":::
`,
    },
  ],
  invalid: [
    {
      name: 'an unknown attribute; a missing snippet',
      files: { 'snippets/Program.cs': 'class Program {}\n' },
      body: `# Title

:::code language="csharp" source="snippets/Program.cs" lang="cs":::

:::code language="csharp" source="snippets/Missing.cs":::
`,
      errors: [
        {
          messageId: 'refused',
          data: { problem: "unknown attribute 'lang'" },
          line: bodyLine(3),
          column: 56,
        },
        {
          messageId: 'notFound',
          data: { source: 'snippets/Missing.cs' },
          line: bodyLine(5),
          column: 35,
          severity: 1,
        },
      ],
    },
  ],
  examples: {
    files: {
      'articles/migrate/snippets/deploy.bicep': 'param name string\n',
      'articles/migrate/snippets/Program.cs': 'class Program {}\n',
    },
  },
});
