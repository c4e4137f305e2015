/**
 * Headings as the editor features need them: which heading is on a line, and whether its id is
 * its own (made from its text) or given by `<a name>`.
 */
import { HeadingIdAllocator } from '../parse/heading-id.js';
import type { FileSummary, HeadingSummary } from '../types.js';

/**
 * The headings of a file whose id is not made from their text (`<a name="x"></a>` before the
 * text gives the heading the id `x`): replays the id allocation over the summary's headings.
 */
export function headingsWithGivenIds(summary: FileSummary): Set<HeadingSummary> {
  const ids = new HeadingIdAllocator();
  const given = new Set<HeadingSummary>();
  for (const heading of summary.headings) {
    // Every heading consumes its auto id, tab headings and `<a name>` headings too (as summarising does).
    const auto = ids.next(heading.text);
    if (heading.id !== undefined && heading.id !== auto) given.add(heading);
  }
  return given;
}

/** The heading on `line` (1-based; any line of a setext heading), if any. */
export function headingOnLine(summary: FileSummary, line: number): HeadingSummary | undefined {
  return summary.headings.find((heading) => heading.span.start.line <= line && line <= heading.span.end.line);
}
