/**
 * `ms-date-stale`: the article was last reviewed (ms.date) longer ago than its review cycle: the
 * page's `ms.update-cycle` (`180-days`, `1095-days`; front matter, else docfx.json metadata) when
 * it declares one, else `maxAgeDays`.
 */
import { Type } from '../option-schemas.js';
import type { DocsetView, MetadataSummary } from '../../src/types.js';
import { defineRule } from '../define.js';
import { findEntry, isPage, scalarText, usableMetadata } from './shared/metadata.js';
import { daysBetween, readMsDate, todayOf } from './shared/ms-date.js';

/** A declared review cycle: its length, as written, and where it was declared. */
interface UpdateCycle {
  days: number;
  value: string;
  source: 'the front matter' | 'docfx.json';
}

/** `ms.update-cycle` values: a number of days (`180-days`, also `365-day`). */
const CYCLE = /^(\d{1,5})-days?$/i;

/** The page's `ms.update-cycle`: its own (front matter) wins over docfx.json's; unreadable values count as none. */
function updateCycle(
  metadata: MetadataSummary | undefined,
  ctx: { path: string; docset: DocsetView },
): UpdateCycle | undefined {
  const entry = metadata && findEntry(metadata, 'ms.update-cycle');
  const own = entry && scalarText(entry);
  const inherited = ctx.docset.inheritedMetadata(ctx.path)['ms.update-cycle'];
  const [value, source] =
    own !== undefined
      ? [own, 'the front matter' as const]
      : [typeof inherited === 'string' ? inherited : undefined, 'docfx.json' as const];
  const days = value === undefined ? undefined : Number(CYCLE.exec(value.trim())?.[1]);
  return value !== undefined && days !== undefined && days > 0 ? { days, value: value.trim(), source } : undefined;
}

export const msDateStale = defineRule({
  meta: {
    id: 'ms-date-stale',
    family: 'metadata',
    description: "ms.date is older than the page's ms.update-cycle, or than maxAgeDays: the article is due for review",
    severity: 'warn',
    options: {
      /** Learn content teams review yearly. */
      maxAgeDays: Type.Integer({
        minimum: 1,
        default: 365,
        description: 'Age in days after which a page is no longer fresh, for pages without an ms.update-cycle',
      }),
    },
    messages: {
      stale: "ms.date '{{date}}' is {{age}} days old (more than {{limit}})",
      staleForCycle: "ms.date '{{date}}' is {{age}} days old (more than its {{days}}-day update cycle)",
    },
  },
  checkDocset(ctx) {
    if (!isPage(ctx.path, ctx.docset)) return; // not a page: no freshness of its own
    const metadata = usableMetadata(ctx.summary.metadata);
    const entry = metadata && findEntry(metadata, 'ms.date');
    const text = entry && scalarText(entry);
    if (!entry || text === undefined) return;
    const reading = readMsDate(text);
    if (!reading.ok) return; // ms-date-invalid
    const age = daysBetween(reading.date, todayOf(ctx.settings.now));
    const cycle = updateCycle(metadata, ctx);
    const limit = cycle?.days ?? ctx.options.maxAgeDays;
    if (age <= limit) return;
    if (cycle) {
      ctx.report({
        messageId: 'staleForCycle',
        data: { date: text, age, days: cycle.days },
        detail: `ms.update-cycle '${cycle.value}' in ${cycle.source}: review the article and update ms.date`,
        span: entry.valueSpan,
      });
    } else {
      ctx.report({
        messageId: 'stale',
        data: { date: text, age, limit },
        detail: 'review the article and update ms.date',
        span: entry.valueSpan,
      });
    }
  },
});
