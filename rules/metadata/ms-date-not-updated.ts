/**
 * `ms-date-not-updated`: the article's body changed against the run's git base
 * (`--changed-since <ref>`, or HEAD for `--staged`) but ms.date did not. Does nothing without a
 * git base (the engine then passes no previous text).
 */
import type { MetadataSummary } from '../../src/types.js';
import { Type } from '../option-schemas.js';
import { defineRule } from '../define.js';
import { findEntry, innerValueSpan, isIncludeFile, scalarText, usableMetadata } from './shared/metadata.js';
import { formatMsDate, todayOf } from './shared/ms-date.js';
import { trimLinesEnd } from '../../src/text/linear.js';

/**
 * The file's text without its metadata block, line endings normalised: what a reader sees.
 * Works for front matter and for a structured FAQ's `metadata:` mapping alike.
 */
export function bodyOf(text: string, metadata: MetadataSummary | undefined): string {
  const body = metadata ? text.slice(0, metadata.span.start.offset) + text.slice(metadata.span.end.offset) : text;
  return trimLinesEnd(body.replace(/\r\n?/g, '\n')).trimEnd();
}

export const msDateNotUpdated = defineRule({
  meta: {
    id: 'ms-date-not-updated',
    family: 'metadata',
    description: 'The body changed since the git base (--changed-since/--staged) but ms.date did not',
    severity: 'warn',
    fixable: true,
    options: {
      /** Off by default: a review date is a claim. */
      fixToToday: Type.Boolean({ default: false, description: 'Let --fix set ms.date to today (MM/DD/YYYY)' }),
    },
    messages: { notUpdated: "The article changed but ms.date is still '{{date}}'" },
  },
  check(ctx) {
    if (ctx.previous === undefined || isIncludeFile(ctx.path)) return;
    const metadata = usableMetadata(ctx.summary.metadata);
    const entry = metadata && findEntry(metadata, 'ms.date');
    const date = entry && scalarText(entry);
    if (!entry || date === undefined) return; // ms-date-missing, metadata-value-type
    // The git base is summarised by the same guarded step as any file: a hostile base is refused, not parsed.
    const previous = usableMetadata(ctx.previous.summary?.metadata);
    const previousEntry = previous && findEntry(previous, 'ms.date');
    // Only a date that stayed exactly as it was: a first ms.date, or any edit of it, counts as an update.
    if (!previousEntry || scalarText(previousEntry) !== date) return;
    if (bodyOf(ctx.text, metadata) === bodyOf(ctx.previous.text, previous)) return;
    const today = formatMsDate(todayOf(ctx.settings.now));
    ctx.report({
      messageId: 'notUpdated',
      data: { date },
      detail: `update it to the review date (today is ${today})`,
      span: entry.valueSpan,
      suggestions: [today],
      ...(ctx.options.fixToToday ? { fix: { range: innerValueSpan(entry), text: today } } : {}),
    });
  },
});
