/**
 * `ms-date-invalid`: ms.date is not MM/DD/YYYY (M/D/YYYY accepted), is not a real day, or lies
 * more than `maxFutureDays` after today. A year-first date (`2020-04-15`) is fixed to
 * `04/15/2020`: it has only one reading.
 */
import { Type } from '../option-schemas.js';
import { defineRule } from '../define.js';
import { findEntry, innerValueSpan, isEmptyValue, scalarText, usableMetadata } from './shared/metadata.js';
import { daysBetween, formatMsDate, isoDate, readMsDate, todayOf } from './shared/ms-date.js';

export const msDateInvalid = defineRule({
  meta: {
    id: 'ms-date-invalid',
    family: 'metadata',
    description: 'ms.date is not a real MM/DD/YYYY date, or is too far in the future',
    severity: 'error',
    fixable: true,
    options: {
      /** The production Learn build allows 30; the open-source docfx v3 allowed 5. */
      maxFutureDays: Type.Integer({
        minimum: 0,
        default: 30,
        description: 'How many days after today ms.date may lie',
      }),
    },
    messages: {
      format: "Invalid date format for 'ms.date': '{{date}}'",
      impossible: "Invalid date for 'ms.date': '{{date}}' is not a day of the calendar",
      tooFarAhead: "Value out of range for 'ms.date': '{{date}}' is {{days}} days ahead",
    },
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
      if (reading.fix)
        ctx.report({
          messageId: 'format',
          data: { date: text },
          detail: `use MM/DD/YYYY: '${reading.fix}'`,
          span,
          fix: { range: innerValueSpan(entry), text: reading.fix },
          suggestions: [reading.fix],
        });
      else ctx.report({ messageId: 'format', data: { date: text }, detail: "use MM/DD/YYYY, e.g. '04/15/2020'", span });
      return;
    }
    if (!reading.ok) {
      ctx.report({ messageId: 'impossible', data: { date: text }, span });
      return;
    }
    const today = todayOf(ctx.settings.now);
    const ahead = daysBetween(today, reading.date);
    if (ahead > ctx.options.maxFutureDays) {
      ctx.report({
        messageId: 'tooFarAhead',
        data: { date: formatMsDate(reading.date), days: ahead },
        detail: `today is ${isoDate(today)}; at most ${ctx.options.maxFutureDays} days ahead are allowed`,
        span,
      });
    }
  },
});
