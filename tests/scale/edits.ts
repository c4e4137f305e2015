/** Reproducible random edits of Markdown files, for the cache-equivalence tests. */
import { readFileSync, writeFileSync } from 'node:fs';

/** A seeded PRNG (mulberry32): the same seed gives the same edits on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Edits that change what summaries and findings depend on: headings, anchors, links, comments. */
const EDITS: ((lines: string[], at: number, n: number) => void)[] = [
  (lines, at, n) => lines.splice(at, 0, '', `## Added heading ${n}`, ''),
  (lines, at) => lines.splice(at, 1),
  (lines, at, n) => lines.splice(at, 0, `<a name="anchor-${n}"></a>`),
  (lines, at, n) => lines.splice(at, 0, '', `<!-- faq-lint-disable-next-line rule-${n} -->`, ''),
  (lines, at, n) => lines.splice(at, 0, '', `See [this](#added-heading-${n}) and [that](overview.md#next-steps).`, ''),
  (lines) => {
    const heading = lines.findIndex((line) => /^#{1,6} /.test(line));
    if (heading !== -1) lines[heading] = `${lines[heading]} renamed`;
  },
  (lines, at) => lines.splice(at, 0, lines[at] ?? ''),
];

/** Apply one random edit to `file`. */
export function randomEdit(file: string, random: () => number): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const at = Math.floor(random() * (lines.length + 1));
  const n = Math.floor(random() * 1000);
  EDITS[Math.floor(random() * EDITS.length)]!(lines, at, n);
  writeFileSync(file, lines.join('\n'));
}
