/** "Did you mean": edit distance and closest candidates. */

/**
 * Edit distance, stopping early once it exceeds `max` (returns max + 1 then). With `swaps`, a swap
 * of two adjacent characters counts as one edit (optimal string alignment), else as two (Levenshtein).
 */
function distance(a: string, b: string, max: number, swaps: boolean): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Levenshtein distance, stopping early once it exceeds `max` (returns max + 1 then). */
export const editDistance = (a: string, b: string, max = Infinity): number => distance(a, b, max, false);

/** Edit distance counting a swap of two adjacent characters as one edit, as typists make them (`setpu` -> `setup`). */
export const typoDistance = (a: string, b: string, max = Infinity): number => distance(a, b, max, true);

/**
 * The candidate closest to `word` (case-insensitive first, then by edit distance within a
 * third of its length, at least 1), or undefined. Ties go to the first candidate.
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  maxDistance = Math.max(1, Math.floor(word.length / 3)),
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    if (candidate === word) continue;
    if (candidate.toLowerCase() === lower) return candidate;
    const d = editDistance(lower, candidate.toLowerCase(), bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Edits allowed in a word of `length` letters: a third of them, one at least, none under three letters. */
const allowedEdits = (length: number): number => (length < 3 ? 0 : Math.max(1, Math.floor(length / 3)));

/** Characters that separate the words of a file name or an id. */
const isSeparator = (c: string | undefined): boolean => c === '-' || c === '_' || c === '.' || c === ' ' || c === '/';

/** `a` and `b` without their longest common prefix and suffix: the part that differs. */
function differingPart(a: string, b: string): { prefix: number; a: string; b: string } {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix++;
  return { prefix, a: a.slice(prefix, a.length - suffix), b: b.slice(prefix, b.length - suffix) };
}

/**
 * True when the file name `candidate` is close enough to the written `name` to be what the writer
 * meant: the same extension, and a difference that stays inside one word and is small for that
 * word (at most a third of its letters, a swap of two letters counting as one edit; none in a word
 * of one or two letters). A word added, dropped or replaced (`upgrade-cluster` ->
 * `auto-upgrade-cluster`, `run-command-cli` -> `run-command`) or two or more letters added or
 * dropped at the edge of a word (`indirect` -> `direct`, `deeper` -> `deep`) names another page.
 * Case is ignored (a case-only difference is close).
 */
export function isCloseName(name: string, candidate: string): boolean {
  const dot = (s: string): number => (s.lastIndexOf('.') > 0 ? s.lastIndexOf('.') : s.length);
  const [stem, extension] = [name.slice(0, dot(name)).toLowerCase(), name.slice(dot(name)).toLowerCase()];
  const [otherStem, otherExtension] = [
    candidate.slice(0, dot(candidate)).toLowerCase(),
    candidate.slice(dot(candidate)).toLowerCase(),
  ];
  if (extension !== otherExtension) return false;
  const diff = differingPart(stem, otherStem);
  if (diff.a === '' && diff.b === '') return true;
  if ([...diff.a, ...diff.b].some(isSeparator)) return false;
  // The written word that holds the difference.
  let start = diff.prefix;
  while (start > 0 && !isSeparator(stem[start - 1])) start--;
  let end = diff.prefix + diff.a.length;
  while (end < stem.length && !isSeparator(stem[end])) end++;
  if (diff.a === '' || diff.b === '') {
    const added = diff.a || diff.b;
    const longer = diff.a ? stem : otherStem;
    const atEdge =
      diff.prefix === 0 ||
      isSeparator(longer[diff.prefix - 1]) ||
      diff.prefix + added.length === longer.length ||
      isSeparator(longer[diff.prefix + added.length]);
    if (added.length >= 2 && atEdge) return false;
  }
  return typoDistance(diff.a, diff.b) <= allowedEdits(end - start);
}

/**
 * True when the bookmark `id` is close enough to the written `wanted` to suggest it: a case-only
 * difference, at most a third of its length in edits (none under three letters), or one is the other with words added at
 * the start or the end (`#public-cloud` -> `#supported-geographies-public-cloud`).
 */
export function isCloseId(wanted: string, id: string): boolean {
  const [a, b] = [wanted.toLowerCase(), id.toLowerCase()];
  if (a === b) return true;
  const max = allowedEdits(a.length);
  if (typoDistance(a, b, max) <= max) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && (longer.endsWith(`-${shorter}`) || longer.startsWith(`${shorter}-`));
}

/**
 * The existing id the writer most likely meant, or undefined: a case-only difference first, then
 * the fewest edits among close ids, then a prefix or suffix match; ties go to page order.
 */
export function closestId(wanted: string, ids: readonly string[]): string | undefined {
  const lower = wanted.toLowerCase();
  const sameCase = ids.find((id) => id.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  const close = ids.filter((id) => isCloseId(wanted, id));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of close) {
    const d = typoDistance(lower, id.toLowerCase(), allowedEdits(lower.length));
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  return best;
}
