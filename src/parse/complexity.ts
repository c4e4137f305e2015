/**
 * A linear pre-scan that refuses Markdown the parser cannot handle in reasonable time.
 *
 * micromark (under remark-parse) is linear on ordinary text but super-linear on deep nesting:
 * measured CPU time for 1,000-deep indented lists is ~19 s, 2,000-deep ~156 s; 16,000 nested
 * `**` pairs ~96 s; 100,000 nested brackets ~50 s; 100,000 nested block quotes ~80 s. Real
 * articles are nowhere near: across 10,589 Learn articles (../shared/corpus) the largest values
 * are far below the limits here (see docs/guarantees.md). So the scan measures each kind of
 * nesting with a cheap upper bound and, above a limit, the file gets one clear finding instead
 * of a hang. Every loop below visits each character a bounded number of times.
 */

/** Nesting limits. Each is an upper bound that real articles stay far below. */
export const NESTING_LIMITS = {
  /** Containers (block quotes and list items) open on one line. */
  containers: 100,
  /** Unclosed `[` within one block (brackets and images inside link text). */
  brackets: 200,
  /**
   * Possible emphasis pairs within one block: the smaller of the counts of `*`/`_` runs that
   * can open and that can close (micromark's cost grows with matches times block length).
   */
  emphasisPairs: 2500,
} as const;

/** How deeply a text nests, by the measures `NESTING_LIMITS` bounds. */
export interface NestingMeasures {
  containers: number;
  brackets: number;
  emphasisPairs: number;
  /** Line (1-based) where each maximum was first reached. */
  lines: { containers: number; brackets: number; emphasisPairs: number };
}

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

const isBlank = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
};

/** Measure nesting in one pass over the lines. */
export function measureNesting(text: string): NestingMeasures {
  const result: NestingMeasures = { containers: 0, brackets: 0, emphasisPairs: 0, lines: { containers: 1, brackets: 1, emphasisPairs: 1 } };
  // Indents of the list items open above, to count list nesting made by indentation alone.
  const listIndents: number[] = [];
  let brackets = 0;
  let openers = 0;
  let closers = 0;
  let line = 0;
  let start = 0;
  while (start <= text.length) {
    line++;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
    if (isBlank(text, start, end)) {
      // Inline constructs never cross a blank line.
      brackets = 0;
      openers = 0;
      closers = 0;
    } else {
      const containers = lineContainers(text, start, end, listIndents);
      if (containers > result.containers) {
        result.containers = containers;
        result.lines.containers = line;
      }
      for (let i = start; i < end; i++) {
        const c = text[i];
        if (c === '\\') i++;
        else if (c === '[') {
          brackets++;
          if (brackets > result.brackets) {
            result.brackets = brackets;
            result.lines.brackets = line;
          }
        } else if (c === ']') brackets = Math.max(0, brackets - 1);
        else if ((c === '*' || c === '_') && text[i - 1] !== c) {
          let j = i;
          while (text[j + 1] === c) j++;
          const before = i > start ? text.charCodeAt(i - 1) : SPACE;
          const after = j + 1 < end ? text.charCodeAt(j + 1) : SPACE;
          // CommonMark flanking, simplified: `_` cannot open after or close before a letter/digit.
          if (!isSpaceCode(after) && !(c === '_' && isWordChar(before))) openers++;
          if (!isSpaceCode(before) && !(c === '_' && isWordChar(after))) closers++;
          const pairs = Math.min(openers, closers);
          if (pairs > result.emphasisPairs) {
            result.emphasisPairs = pairs;
            result.lines.emphasisPairs = line;
          }
          i = j;
        }
      }
    }
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? 2 : 1);
  }
  return result;
}

/**
 * Containers open on a line: `>` and list markers at its start, plus list items opened by
 * indentation on earlier lines (a stack of indents, popped as lines indent less: amortised O(1)).
 */
function lineContainers(text: string, start: number, end: number, listIndents: number[]): number {
  let i = start;
  let indent = 0;
  while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) {
    indent += text.charCodeAt(i) === TAB ? 4 : 1;
    i++;
  }
  while (listIndents.length > 0 && listIndents[listIndents.length - 1]! >= indent) listIndents.pop();
  let markers = 0;
  let pushed = false;
  for (;;) {
    const c = text[i];
    let width = 0;
    if (c === '>') width = 1;
    else if ((c === '-' || c === '*' || c === '+') && isSpaceAt(text, i + 1, end)) width = 2;
    else {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j > i && (text[j] === '.' || text[j] === ')') && isSpaceAt(text, j + 1, end)) width = j + 2 - i;
    }
    if (width === 0) break;
    // The first marker's item stays open for the lines indented under it.
    if (markers === 0 && c !== '>') {
      listIndents.push(indent);
      pushed = true;
    }
    markers++;
    i += width;
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  }
  return markers + listIndents.length - (pushed ? 1 : 0);
}

/** ASCII letters and digits: a run after one cannot open emphasis with `_`, and rarely with `*`. */
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const isSpaceCode = (c: number): boolean => c === SPACE || c === TAB;

const isSpaceAt = (text: string, i: number, end: number): boolean => i >= end || text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB;

/** The reason a text is refused, naming the measure, its line and the limit; undefined when fine. */
export function nestingProblem(text: string): string | undefined {
  const m = measureNesting(text);
  if (m.containers > NESTING_LIMITS.containers) {
    return `Block quotes and lists nest ${m.containers} deep at line ${m.lines.containers} (limit ${NESTING_LIMITS.containers}); faq-lint does not parse this file`;
  }
  if (m.brackets > NESTING_LIMITS.brackets) {
    return `Brackets nest ${m.brackets} deep at line ${m.lines.brackets} (limit ${NESTING_LIMITS.brackets}); faq-lint does not parse this file`;
  }
  if (m.emphasisPairs > NESTING_LIMITS.emphasisPairs) {
    return `One block has ${m.emphasisPairs} possible emphasis pairs ('*' or '_') by line ${m.lines.emphasisPairs} (limit ${NESTING_LIMITS.emphasisPairs}); faq-lint does not parse this file`;
  }
  return undefined;
}
