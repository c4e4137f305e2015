/**
 * The entries of a data TOC (`toc.yml` or `toc.json`), read from either parser's syntax tree
 * through `TocTree`, the way the Learn build reads them (docfx v3, src/docfx/build/toc/TocParser.cs,
 * TocLoader.cs): the TOC is a list of entries, or a mapping whose `items` lists them; a key given
 * twice keeps its last value; an entry that includes a TOC file gets that TOC's entries instead of
 * its own `items`.
 */
import type { Span } from '../types.js';
import { tocHrefType } from './href-type.js';
import type { TocNodeData, TocValue } from './model.js';

/** What reading entries needs of a parser's nodes. */
export interface TocTree<N> {
  /** The items of a list node; undefined for anything else. */
  list(node: N | undefined): readonly N[] | undefined;
  /** The last value of each key of a mapping node; undefined for anything else. */
  mapping(node: N | undefined): Map<string, N> | undefined;
  /** A scalar node as text (strings, numbers, booleans), with where it stands; undefined otherwise. */
  text(node: N | undefined): TocValue | undefined;
  /** Where an entry (a mapping node) starts: from its start to the end of its first key. */
  entrySpan(node: N): Span;
}

/** Every entry the build loads, in document order, from the TOC's root node. */
export function readTocEntries<N>(root: N | undefined, tree: TocTree<N>): TocNodeData[] {
  const out: TocNodeData[] = [];
  const items = tree.list(root) ?? tree.list(tree.mapping(root)?.get('items'));
  if (items) readItems(items, tree, out);
  return out;
}

function readItems<N>(items: readonly N[], tree: TocTree<N>, out: TocNodeData[]): void {
  for (const item of items) {
    const pairs = tree.mapping(item);
    if (!pairs) continue;
    const node: TocNodeData = {
      span: tree.entrySpan(item),
      uid: tree.text(pairs.get('uid'))?.value.trim() ? true : false,
    };
    for (const key of ['name', 'href', 'topicHref', 'tocHref'] as const) {
      const value = tree.text(pairs.get(key));
      if (value) node[key] = value;
    }
    out.push(node);
    // An entry that includes a TOC file gets that TOC's entries instead of its own `items`.
    const include = tocInclude(node);
    if (include !== undefined && tocHrefType(include.value) === 'toc-file') continue;
    const children = tree.list(pairs.get('items'));
    if (children) readItems(children, tree, out);
  }
}

/** The TOC an entry includes: a valid `tocHref`, else an `href` to a folder or TOC file (TocLoader.GetTocHref). */
export function tocInclude(node: Pick<TocNodeData, 'href' | 'tocHref'>): TocValue | undefined {
  if (node.tocHref?.value) {
    const type = tocHrefType(node.tocHref.value);
    if (type === 'folder' || type === 'toc-file') return node.tocHref;
  }
  if (node.href?.value) {
    const type = tocHrefType(node.href.value);
    if (type === 'folder' || type === 'toc-file') return node.href;
  }
  return undefined;
}

/** The page an entry links: a `topicHref` that is not a TOC, else an `href` that is not a TOC include (TocLoader.GetTopicHref). */
export function tocTopic(node: Pick<TocNodeData, 'href' | 'topicHref'>): TocValue | undefined {
  if (node.topicHref?.value) {
    const type = tocHrefType(node.topicHref.value);
    if (type !== 'folder' && type !== 'toc-file') return node.topicHref;
  }
  if (node.href?.value) {
    const type = tocHrefType(node.href.value);
    if (type !== 'folder' && type !== 'toc-file') return node.href;
  }
  return undefined;
}
