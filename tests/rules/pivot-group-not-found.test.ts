/** pivot-group-not-found: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { pivotPage, ZONE_PIVOT_EXAMPLES, ZONE_PIVOT_GROUPS } from './learn-examples.js';
import { testRule } from './rule-tester.js';

testRule('pivot-group-not-found', {
  valid: [
    {
      name: 'a group of the definition file',
      files: {
        'page.md': pivotPage('operating-systems', 'windows', 'Run the installer.'),
        'zone-pivot-groups.yml': ZONE_PIVOT_GROUPS,
      },
    },
  ],
  invalid: [
    {
      name: 'a group the definition file does not define',
      files: {
        'page.md': pivotPage('operating-system', 'windows', 'Run the installer.'),
        'zone-pivot-groups.yml': ZONE_PIVOT_GROUPS,
      },
      errors: [
        {
          messageId: 'notFound',
          data: { group: 'operating-system' },
          line: 8,
          column: 1,
        },
      ],
    },
  ],
  examples: ZONE_PIVOT_EXAMPLES,
});
