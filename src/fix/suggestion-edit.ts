/**
 * The text edit that applies a finding's "did you mean" (`Finding.suggestions`). A suggestion is
 * the replacement text only; what it replaces depends on what the finding points at: a link's
 * path or its bookmark (`#id`), a metadata key or value, a heading's text. Pure: the language
 * server turns each into a quick fix.
 */
import { headingContentRange } from '../text/heading-range.js';
import type { Finding, Fix, FileSummary, Span } from '../types.js';

const sameSpan = (span: Span, finding: Finding): boolean =>
  span.start.line === finding.line &&
  span.start.column === finding.column &&
  span.end.line === finding.endLine &&
  span.end.column === finding.endColumn;

/**
 * The edit that puts `suggestion` in place, or undefined when faq-lint cannot tell where it goes
 * (a URL not written verbatim, a finding on something else). `text` and `summary` are the file's
 * as the finding was made.
 */
export function suggestionEdit(
  text: string,
  summary: FileSummary,
  finding: Finding,
  suggestion: string,
): Fix | undefined {
  if (finding.fix?.text === suggestion) return finding.fix;
  const reference = summary.references.find((r) => sameSpan(r.span, finding));
  if (reference) return reference.urlRange ? urlEdit(text, reference.urlRange, suggestion) : undefined;
  for (const entry of summary.metadata?.entries ?? []) {
    if (sameSpan(entry.keySpan, finding))
      return { range: [entry.keySpan.start.offset, entry.keySpan.end.offset], text: suggestion };
    if (sameSpan(entry.valueSpan, finding)) {
      const { start, end } = entry.valueSpan;
      return entry.kind === 'quoted'
        ? { range: [start.offset + 1, end.offset - 1], text: suggestion }
        : { range: [start.offset, end.offset], text: suggestion };
    }
  }
  const heading = summary.headings.find((h) => sameSpan(h.span, finding));
  if (heading) return { range: headingContentRange(text, heading.span), text: suggestion };
  return undefined;
}

/** A `#id` suggestion replaces the bookmark; anything else the path (query and bookmark kept). */
function urlEdit(text: string, [start, end]: [number, number], suggestion: string): Fix {
  const url = text.slice(start, end);
  const hash = url.indexOf('#');
  if (suggestion.startsWith('#')) return { range: [hash === -1 ? end : start + hash, end], text: suggestion };
  const query = url.indexOf('?');
  const pathEnd = [hash, query].filter((i) => i !== -1).reduce((a, b) => Math.min(a, b), url.length);
  return { range: [start, start + pathEnd], text: suggestion };
}
