/** file-too-complex: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

testRule('file-too-complex', {
  valid: [{ name: 'block quotes nested 5 deep', body: '# Title\n\n> > > > > Deep.\n' }],
  invalid: [
    {
      name: 'block quotes nested 101 deep',
      body: `# Title\n\n${'> '.repeat(101)}Deep.\n`,
      errors: [{ messageId: 'refused', line: 1, column: 1 }],
    },
  ],
  examples: { prose: 'the Wrong example is a file of 101 nested block quotes' },
});
