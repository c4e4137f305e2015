/** column-header-missing: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { bodyLine, testRule } from './rule-tester.js';

testRule('column-header-missing', {
  valid: [
    {
      name: 'every column has a header; an empty first header over row headers',
      body: `# Title

| Setting | Description |
|---|---|
| Name | The name. |

| | **Monday** |
|---|---|
| **09:00** | Standup |
`,
    },
  ],
  invalid: [
    {
      name: 'an empty column header',
      body: '# Title\n\n| | Description |\n|---|---|\n| Name | The name. |\n',
      errors: [{ messageId: 'missing', line: bodyLine(3), column: 1 }],
    },
  ],
});
