/** `pivot-id-not-found`: a zone's pivot id that is not a pivot of one of the page's groups. */
import { closestId } from '../../src/text/similar.js';
import { detailOf, meant } from '../../src/text/detail.js';
import { defineRule } from '../define.js';
import { pageDefinition, pageGroupIds } from './page-pivots.js';

export const pivotIdNotFound = defineRule({
  meta: {
    id: 'pivot-id-not-found',
    family: 'zone-pivots',
    description: "A zone's pivot id is not a pivot of the groups the page names in zone_pivot_groups",
    severity: 'warn',
    fileKinds: ['markdown'],
    messages: {
      notFound: "Pivot '{{pivot}}' is not in the page's pivot groups",
    },
  },
  checkDocset(context) {
    const zones = context.summary.zonePivots;
    const page = zones && pageGroupIds(context);
    const definition = page && pageDefinition(context);
    if (!zones || !page || !definition) return;
    const known = page.ids.flatMap((id) => definition.groups.get(id) ?? []);
    // A group that is not defined is pivot-group-not-found's; its pivots cannot be known.
    if (page.ids.some((id) => !definition.groups.has(id))) return;
    for (const zone of zones) {
      for (const pivot of zone.value.split(',').map((p) => p.trim())) {
        if (known.includes(pivot)) continue;
        const suggestion = closestId(pivot, known);
        context.report({
          span: zone.span,
          messageId: 'notFound',
          data: { pivot },
          detail: detailOf(`groups: ${page.ids.join(', ')}`, meant(suggestion)),
          suggestions: suggestion === undefined ? undefined : [suggestion],
        });
      }
    }
  },
});
