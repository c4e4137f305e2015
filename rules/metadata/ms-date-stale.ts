/**
 * `ms-date-stale`: the article was last reviewed (ms.date) longer ago than its review cycle: the
 * page's `ms.update-cycle` (`180-days`, `1095-days`; front matter, else docfx.json metadata) when
 * it declares one, else `maxAgeDays`.
 */
import type { DocsetContext, MetadataSummary } from '../../src/types.js';
import { defineRule } from '../define.js';
import { findEntry, isPage, scalarText, usableMetadata } from './shared/metadata.js';
import { daysBetween, readMsDate, todayOf } from './shared/ms-date.js';

export interface MsDateStaleOptions extends Record<string, unknown> {
  /** Age in days after which a page is no longer fresh (Learn content teams review yearly). */
  maxAgeDays: number;
}

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
  ctx: DocsetContext<MsDateStaleOptions>,
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

export const msDateStale = defineRule<MsDateStaleOptions>({
  meta: {
    id: 'ms-date-stale',
    family: 'metadata',
    description: "ms.date is older than the page's ms.update-cycle, or than maxAgeDays: the article is due for review",
    severity: 'warn',
    schema: {
      type: 'object',
      properties: {
        maxAgeDays: {
          type: 'integer',
          minimum: 1,
          description: 'Age in days after which a page is no longer fresh, for pages without an ms.update-cycle',
        },
      },
      additionalProperties: false,
    },
    defaults: { maxAgeDays: 365 },
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
    const why = cycle
      ? `more than its ${cycle.days}-day update cycle: ms.update-cycle '${cycle.value}' in ${cycle.source}`
      : `more than ${limit}`;
    ctx.report({
      message: `ms.date '${text}' is ${age} days old (${cycle ? `more than its ${cycle.days}-day update cycle` : why})`,
      detail: cycle
        ? `ms.update-cycle '${cycle.value}' in ${cycle.source}: review the article and update ms.date`
        : 'review the article and update ms.date',
      span: entry.valueSpan,
    });
  },
});
