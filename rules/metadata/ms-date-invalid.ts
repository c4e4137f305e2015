/**
 * `ms-date-invalid`: ms.date is not MM/DD/YYYY (M/D/YYYY accepted), is not a real day, or lies
 * more than `maxFutureDays` after today. A year-first date (`2020-04-15`) is fixed to
 * `04/15/2020`: it has only one reading.
 */
import { defineRule } from '../define.js';
import { findEntry, innerValueSpan, isEmptyValue, scalarText, usableMetadata } from './shared/metadata.js';
import { daysBetween, formatMsDate, isoDate, readMsDate, todayOf } from './shared/ms-date.js';

export interface MsDateInvalidOptions extends Record<string, unknown> {
  /**
   * How many days after today ms.date may lie (the production Learn build allows 30; the
   * open-source docfx v3 allowed 5).
   */
  maxFutureDays: number;
}

export const msDateInvalid = defineRule<MsDateInvalidOptions>({
  meta: {
    id: 'ms-date-invalid',
    family: 'metadata',
    description: 'ms.date is not a real MM/DD/YYYY date, or is too far in the future',
    severity: 'error',
    fixable: true,
    schema: {
      type: 'object',
      properties: {
        maxFutureDays: { type: 'integer', minimum: 0, description: 'How many days after today ms.date may lie' },
      },
      additionalProperties: false,
    },
    defaults: { maxFutureDays: 30 },
  },
  check(ctx) {
    const metadata = usableMetadata(ctx.summary.metadata);
    const entry = metadata && findEntry(metadata, 'ms.date');
    if (!entry || isEmptyValue(entry)) return;
    const text = scalarText(entry);
    if (text === undefined) return; // a list or mapping: metadata-value-type
    const reading = readMsDate(text);
    const span = entry.valueSpan;
    if (!reading.ok && reading.reason === 'format') {
      const message = `Invalid date format for 'ms.date': '${text}'`;
      if (reading.fix)
        ctx.report({
          message,
          detail: `use MM/DD/YYYY: '${reading.fix}'`,
          span,
          fix: { range: innerValueSpan(entry), text: reading.fix },
          suggestions: [reading.fix],
        });
      else ctx.report({ message, detail: "use MM/DD/YYYY, e.g. '04/15/2020'", span });
      return;
    }
    if (!reading.ok) {
      ctx.report({ message: `Invalid date for 'ms.date': '${text}' is not a day of the calendar`, span });
      return;
    }
    const today = todayOf(ctx.settings.now);
    const ahead = daysBetween(today, reading.date);
    if (ahead > ctx.options.maxFutureDays) {
      ctx.report({
        message: `Value out of range for 'ms.date': '${formatMsDate(reading.date)}' is ${ahead} days ahead`,
        detail: `today is ${isoDate(today)}; at most ${ctx.options.maxFutureDays} days ahead are allowed`,
        span,
      });
    }
  },
});
