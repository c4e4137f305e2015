/** zone-pivot-group-missing: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { pivotPage, ZONE_PIVOT_EXAMPLES, ZONE_PIVOT_GROUPS } from './learn-examples.js';
import { testRule } from './rule-tester.js';

testRule('zone-pivot-group-missing', {
  valid: [
    {
      name: 'pivot zones with zone_pivot_groups',
      files: {
        'page.md': pivotPage('operating-systems', 'windows', 'Run the installer.'),
        'zone-pivot-groups.yml': ZONE_PIVOT_GROUPS,
      },
    },
  ],
  invalid: [
    {
      name: 'pivot zones without zone_pivot_groups',
      files: {
        'page.md': pivotPage(undefined, 'windows', 'Run the installer.'),
        'zone-pivot-groups.yml': ZONE_PIVOT_GROUPS,
      },
      errors: [{ messageId: 'missing', line: 12, column: 17 }],
    },
  ],
  examples: ZONE_PIVOT_EXAMPLES,
});
