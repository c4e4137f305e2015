/** pivot-id-not-found: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { pivotPage, ZONE_PIVOT_EXAMPLES, ZONE_PIVOT_GROUPS } from './learn-examples.js';
import { testRule } from './rule-tester.js';

testRule('pivot-id-not-found', {
  valid: [
    {
      name: "a pivot of the page's group",
      files: {
        'page.md': pivotPage('operating-systems', 'linux', 'Run the script.'),
        'zone-pivot-groups.yml': ZONE_PIVOT_GROUPS,
      },
    },
  ],
  invalid: [
    {
      name: 'a pivot the group does not define',
      files: {
        'page.md': pivotPage('operating-systems', 'macos', 'Run the package.'),
        'zone-pivot-groups.yml': ZONE_PIVOT_GROUPS,
      },
      errors: [
        {
          messageId: 'notFound',
          data: { pivot: 'macos' },
          line: 13,
          column: 17,
        },
      ],
    },
  ],
  examples: ZONE_PIVOT_EXAMPLES,
});
