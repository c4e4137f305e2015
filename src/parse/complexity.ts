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

/** Limits. Each is an upper bound that real articles stay far below (see docs/guarantees.md). */
export const NESTING_LIMITS = {
  /** Containers (block quotes and list items) open on one line. */
  containers: 100,
  /** Unclosed `[` within one block (brackets and images inside link text). */
  brackets: 200,
  /**
   * Possible emphasis pairs: within one block, the smaller of the counts of `*`/`_` runs that can
   * open and that can close. micromark's cost grows with the square of a block's pairs, so the
   * blocks of a file add up as the root of the sum of their squares: one block of 2,500 pairs, or
   * four of 1,250, reach the limit (about 2 s of CPU), while many small blocks never do.
   */
  emphasisPairs: 2500,
  /** Closed `[...]` pairs (links, images, references, shortcut labels) within one block: quadratic too. */
  labelsPerBlock: 5000,
  /**
   * Closed `[...]` pairs in the whole file. Each costs the parser about 15 KB while it runs:
   * 100,000 links took 24 s and 1.9 GB before this limit. The most in a real article of the
   * corpus is 1,722 links.
   */
  labels: 20000,
} as const;

/** How much a text nests and pairs up, by the measures `NESTING_LIMITS` bounds. */
export interface NestingMeasures {
  containers: number;
  brackets: number;
  /** √(Σ over blocks of possible emphasis pairs²): the one block of pairs that would cost as much. */
  emphasisPairs: number;
  labelsPerBlock: number;
  labels: number;
  /** Line (1-based) where each maximum was first reached. */
  lines: { containers: number; brackets: number; emphasisPairs: number; labelsPerBlock: number; labels: number };
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
  const result: NestingMeasures = {
    containers: 0,
    brackets: 0,
    emphasisPairs: 0,
    labelsPerBlock: 0,
    labels: 0,
    lines: { containers: 1, brackets: 1, emphasisPairs: 1, labelsPerBlock: 1, labels: 1 },
  };
  // Indents of the list items open above, to count list nesting made by indentation alone.
  const listIndents: number[] = [];
  let brackets = 0;
  let labels = 0;
  let openers = 0;
  let closers = 0;
  /** Σ pairs² of the blocks closed so far. */
  let emphasisCost = 0;
  let line = 0;
  let start = 0;
  const endBlock = (): void => {
    emphasisCost += Math.min(openers, closers) ** 2;
    brackets = 0;
    labels = 0;
    openers = 0;
    closers = 0;
  };
  while (start <= text.length) {
    line++;
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
    if (isBlank(text, start, end)) {
      endBlock(); // inline constructs never cross a blank line
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
        } else if (c === ']') {
          if (brackets === 0) continue;
          brackets--;
          labels++;
          result.labels++;
          if (result.labels === NESTING_LIMITS.labels + 1) result.lines.labels = line;
          if (labels > result.labelsPerBlock) {
            result.labelsPerBlock = labels;
            result.lines.labelsPerBlock = line;
          }
        } else if ((c === '*' || c === '_') && text[i - 1] !== c) {
          let j = i;
          while (text[j + 1] === c) j++;
          const before = i > start ? text.charCodeAt(i - 1) : SPACE;
          const after = j + 1 < end ? text.charCodeAt(j + 1) : SPACE;
          // CommonMark flanking, simplified: `_` cannot open after or close before a letter/digit.
          if (!isSpaceCode(after) && !(c === '_' && isWordChar(before))) openers++;
          if (!isSpaceCode(before) && !(c === '_' && isWordChar(after))) closers++;
          const equivalent = Math.sqrt(emphasisCost + Math.min(openers, closers) ** 2);
          if (equivalent > result.emphasisPairs) {
            result.emphasisPairs = Math.floor(equivalent);
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
 * Indentation counts from after the last `>`, so lists nested by indentation inside a block
 * quote count too.
 */
function lineContainers(text: string, start: number, end: number, listIndents: number[]): number {
  let i = start;
  let indent = 0;
  const skipSpace = (): void => {
    indent = 0;
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) {
      indent += text.charCodeAt(i) === TAB ? 4 : 1;
      i++;
    }
  };
  skipSpace();
  let markers = 0;
  /** Indent of the line's first list marker, or of its content when it has none. */
  let listIndent: number | undefined;
  for (;;) {
    const c = text[i];
    if (c === '>') {
      markers++;
      i++;
      if (text.charCodeAt(i) === SPACE) i++; // the optional space after '>'
      skipSpace();
      continue;
    }
    let width = 0;
    if ((c === '-' || c === '*' || c === '+') && isSpaceAt(text, i + 1, end)) width = 1;
    else {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j > i && (text[j] === '.' || text[j] === ')') && isSpaceAt(text, j + 1, end)) width = j + 1 - i;
    }
    if (width === 0) break;
    listIndent ??= indent;
    markers++;
    i += width;
    skipSpace();
  }
  const at = listIndent ?? indent;
  while (listIndents.length > 0 && listIndents[listIndents.length - 1]! >= at) listIndents.pop();
  const open = listIndents.length;
  // The first marker's item stays open for the lines indented under it.
  if (listIndent !== undefined) listIndents.push(listIndent);
  return markers + open;
}

/** ASCII letters and digits: a run after one cannot open emphasis with `_`, and rarely with `*`. */
const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const isSpaceCode = (c: number): boolean => c === SPACE || c === TAB;

const isSpaceAt = (text: string, i: number, end: number): boolean =>
  i >= end || text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB;

/** Why a text is refused: a short message with the measure and the limit, and where (the detail). */
export interface Problem {
  message: string;
  detail: string;
}

const REFUSED = 'faq-lint does not parse this file';

/** Why a text is refused, naming the measure, its line and the limit; undefined when fine. */
export function nestingProblem(text: string): Problem | undefined {
  const m = measureNesting(text);
  if (m.containers > NESTING_LIMITS.containers) {
    return {
      message: `Block quotes and lists nest ${m.containers} deep (limit ${NESTING_LIMITS.containers})`,
      detail: `at line ${m.lines.containers}; ${REFUSED}`,
    };
  }
  if (m.brackets > NESTING_LIMITS.brackets) {
    return {
      message: `Brackets nest ${m.brackets} deep (limit ${NESTING_LIMITS.brackets})`,
      detail: `at line ${m.lines.brackets}; ${REFUSED}`,
    };
  }
  if (m.emphasisPairs > NESTING_LIMITS.emphasisPairs) {
    return {
      message: `Too many possible emphasis pairs: ${m.emphasisPairs} (limit ${NESTING_LIMITS.emphasisPairs})`,
      detail: `'*' and '_' by line ${m.lines.emphasisPairs}, the file's blocks counted as one; ${REFUSED}`,
    };
  }
  if (m.labelsPerBlock > NESTING_LIMITS.labelsPerBlock) {
    return {
      message: `One block has ${m.labelsPerBlock} bracket pairs (limit ${NESTING_LIMITS.labelsPerBlock})`,
      detail: `links, images and references, by line ${m.lines.labelsPerBlock}; ${REFUSED}`,
    };
  }
  return labelsProblem(m);
}

/**
 * Why a text is refused on its file-wide measure only (bracket pairs in the whole file): for a
 * structured FAQ, whose answers are separate Markdown documents checked one by one
 * (`TooComplexError`), while the file as a whole still pays for all its links.
 */
export function fileWideProblem(text: string): Problem | undefined {
  return labelsProblem(measureNesting(text));
}

function labelsProblem(m: NestingMeasures): Problem | undefined {
  if (m.labels <= NESTING_LIMITS.labels) return undefined;
  return {
    message: `The file has ${m.labels} bracket pairs (limit ${NESTING_LIMITS.labels})`,
    detail: `links, images and references; over the limit at line ${m.lines.labels}; ${REFUSED}`,
  };
}

/** Thrown by a parser that meets a part it must not parse (a structured FAQ answer): the file is refused. */
export class TooComplexError extends Error {
  override name = 'TooComplexError';
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}
