/** `ms-date-stale`: the article was last reviewed (ms.date) more than `maxAgeDays` ago. */
import { defineRule } from '../define.js';
import { findEntry, isPage, scalarText, usableMetadata } from './shared/metadata.js';
import { daysBetween, readMsDate, todayOf } from './shared/ms-date.js';

export interface MsDateStaleOptions extends Record<string, unknown> {
  /** Age in days after which a page is no longer fresh (Learn content teams review yearly). */
  maxAgeDays: number;
}

export const msDateStale = defineRule<MsDateStaleOptions>({
  meta: {
    id: 'ms-date-stale',
    family: 'metadata',
    description: 'ms.date is older than maxAgeDays: the article is due for review',
    severity: 'warn',
    schema: {
      type: 'object',
      properties: { maxAgeDays: { type: 'integer', minimum: 1, description: 'Age in days after which a page is no longer fresh' } },
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
    if (age > ctx.options.maxAgeDays) {
      ctx.report({ message: `ms.date '${text}' is ${age} days old (more than ${ctx.options.maxAgeDays})`, detail: 'review the article and update ms.date', span: entry.valueSpan });
    }
  },
});
