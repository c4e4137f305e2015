/** `pivot-group-not-found`: a `zone_pivot_groups` id that the definition file does not define. */
import { closestId } from '../../src/text/similar.js';
import { detailOf, meant } from '../../src/text/detail.js';
import { defineRule } from '../define.js';
import { pageDefinition, pageGroupIds } from './page-pivots.js';

export const pivotGroupNotFound = defineRule({
  meta: {
    id: 'pivot-group-not-found',
    family: 'zone-pivots',
    description: "A page's zone_pivot_groups names a group that its zone-pivot-groups.yml does not define",
    severity: 'warn',
    fileKinds: ['markdown'],
    messages: {
      notFound: "Pivot group '{{group}}' is not defined",
    },
  },
  checkDocset(context) {
    if (!context.summary.zonePivots) return;
    const page = pageGroupIds(context);
    const definition = page && pageDefinition(context);
    if (!page || !definition) return;
    for (const id of page.ids) {
      if (definition.groups.has(id)) continue;
      const suggestion = closestId(id.trim(), [...definition.groups.keys()]);
      context.report({
        span: page.entry?.keySpan,
        messageId: 'notFound',
        data: { group: id },
        detail: detailOf(`not in '${definition.file}'`, meant(suggestion)),
        suggestions: suggestion === undefined ? undefined : [suggestion],
      });
    }
  },
});
