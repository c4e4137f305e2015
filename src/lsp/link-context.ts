/**
 * What is being typed at the cursor, read from the line before it: a path after `](`, in
 * `[!INCLUDE [..](`, `:::image source="`, `:::code source="`, a reference definition or an HTML
 * `href`/`src`; and, once it has a `#`, a bookmark of the page it names. Pure: completion asks.
 */

/** What a path is for: it decides which files are offered. */
export type PathFlavour = 'link' | 'include' | 'image' | 'code';

export type LinkContext =
  /** A path being typed; `start` is the column (UTF-16) where it starts, `typed` what is there. */
  | { kind: 'path'; flavour: PathFlavour; typed: string; start: number }
  /** A bookmark being typed after `path#` (`path` '' for this page); `start` is where the id starts. */
  | { kind: 'bookmark'; flavour: PathFlavour; path: string; typed: string; start: number };

// Each pattern ends at the cursor and captures the destination typed so far (group 1).
const CONTEXTS: { flavour: PathFlavour; pattern: RegExp }[] = [
  { flavour: 'include', pattern: /\[!include\s*\[[^\]]*\]\(\s*<?([^)\s>]*)$/i },
  { flavour: 'image', pattern: /^\s*(?:>\s*)*:::image\s.*?\b(?:source|lightbox)="([^"]*)$/ },
  { flavour: 'link', pattern: /^\s*(?:>\s*)*:::image\s.*?\blink="([^"]*)$/ },
  { flavour: 'code', pattern: /^\s*(?:>\s*)*:::code\s.*?\bsource="([^"]*)$/ },
  { flavour: 'image', pattern: /!\[[^\]]*\]\(\s*<?([^)\s>]*)$/ },
  { flavour: 'link', pattern: /\]\(\s*<?([^)\s>]*)$/ },
  { flavour: 'link', pattern: /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]*)$/ },
  { flavour: 'link', pattern: /<a\s[^>]*\bhref="([^"]*)$/i },
  { flavour: 'image', pattern: /<img\s[^>]*\bsrc="([^"]*)$/i },
];

/** How much of a line before the cursor is read: a link is never longer (and the patterns stay cheap). */
const MAX_LOOKBEHIND = 4096;

/** The link being typed at `character` of `line`, or undefined. */
export function linkContextAt(line: string, character: number): LinkContext | undefined {
  // Past the limit, the line-anchored patterns (`:::image` at the start) no longer match: fine.
  const before = line.slice(Math.max(0, character - MAX_LOOKBEHIND), character);
  for (const { flavour, pattern } of CONTEXTS) {
    const match = pattern.exec(before);
    if (!match) continue;
    const typed = match[1]!;
    const start = character - typed.length;
    const hash = typed.indexOf('#');
    if (hash === -1) return { kind: 'path', flavour, typed, start };
    return {
      kind: 'bookmark',
      flavour,
      path: typed.slice(0, hash),
      typed: typed.slice(hash + 1),
      start: start + hash + 1,
    };
  }
  return undefined;
}
