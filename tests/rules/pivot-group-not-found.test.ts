/** pivot-group-not-found: valid and invalid cases, and the rule page's Wrong and Right examples, with every rule on (see rule-tester.ts). */
import { testRule } from './rule-tester.js';

/** The zone pivot definition file of the docset (its default name). */
const ZONE_PIVOT_GROUPS = `### YamlMime:ZonePivotGroups
groups:
- id: operating-systems
  title: Operating system
  prompt: Choose an operating system
  pivots:
  - id: windows
    title: Windows
  - id: linux
    title: Linux
`;

testRule('pivot-group-not-found', {
  valid: [
    {
      name: 'a group of the definition file',
      files: {
        'page.md': `---
title: Install the agent on a server
description: How to install the monitoring agent on a Windows or Linux server, step by step, for the rule tester.
author: tester
ms.author: tester
ms.date: 11/01/2026
ms.topic: how-to
zone_pivot_groups: operating-systems
---

# Install the agent

::: zone pivot="windows"
Run the installer.
::: zone-end
`,
        'zone-pivot-groups.yml': ZONE_PIVOT_GROUPS,
      },
    },
  ],
  invalid: [
    {
      name: 'a group the definition file does not define',
      files: {
        'page.md': `---
title: Install the agent on a server
description: How to install the monitoring agent on a Windows or Linux server, step by step, for the rule tester.
author: tester
ms.author: tester
ms.date: 11/01/2026
ms.topic: how-to
zone_pivot_groups: operating-system
---

# Install the agent

::: zone pivot="windows"
Run the installer.
::: zone-end
`,
        'zone-pivot-groups.yml': ZONE_PIVOT_GROUPS,
      },
      errors: [{ messageId: 'notFound', data: { group: 'operating-system' }, line: 8, column: 1 }],
    },
  ],
  examples: { files: { 'zone-pivot-groups.yml': ZONE_PIVOT_GROUPS } },
});
