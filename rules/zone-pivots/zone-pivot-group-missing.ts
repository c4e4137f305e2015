/** `zone-pivot-group-missing`: a page with pivot zones but no `zone_pivot_groups` metadata. */
import { defineRule } from '../define.js';
import { pageGroupIds } from './page-pivots.js';

export const zonePivotGroupMissing = defineRule({
  meta: {
    id: 'zone-pivot-group-missing',
    family: 'zone-pivots',
    description: "A page has pivot zones (::: zone pivot=) but no 'zone_pivot_groups' metadata",
    severity: 'warn',
    fileKinds: ['markdown'],
    messages: {
      missing: "Pivot zones without 'zone_pivot_groups' metadata",
    },
  },
  checkDocset(context) {
    const first = context.summary.zonePivots?.[0];
    if (!first || pageGroupIds(context)) return;
    context.report({
      span: first.span,
      messageId: 'missing',
      detail: "name the page's pivot groups in its metadata: zone_pivot_groups: group-id",
    });
  },
});
