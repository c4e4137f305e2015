/**
 * Read a `toc.yml` (or `toc.json`: JSON is YAML's flow style) into `TocData`, the way the Learn
 * build reads it (docfx v3, src/docfx/lib/json/YamlUtility.cs and src/docfx/build/toc/): the first
 * syntax error drops the whole TOC; a key given twice in a mapping is a warning at the later key
 * (the later value wins); the TOC is a list of entries, or a mapping whose `items` lists them.
 */
import {
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLMap,
} from 'yaml';
import { yamlErrorRange } from '../parse/metadata.js';
import type { LineIndex } from '../text/line-index.js';
import { tocHrefType } from './href-type.js';
import type { TocData, TocNodeData, TocValue } from './model.js';

type AnyPair = Pair<YamlNode, YamlNode | null>;

/** A scalar's value as text: undefined for null and for anything that is not a string, number or boolean. */
const scalarText = (value: unknown): string | undefined =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined;

const keyOf = (pair: AnyPair): string | undefined => (isScalar(pair.key) ? scalarText(pair.key.value) : undefined);

/** The last pair of each key (the build keeps the last value). */
function lastPairs(map: YAMLMap): Map<string, AnyPair> {
  const pairs = new Map<string, AnyPair>();
  for (const pair of map.items as AnyPair[]) {
    const key = keyOf(pair);
    if (key !== undefined) pairs.set(key, pair);
  }
  return pairs;
}

export function parseTocYaml(text: string, lines: LineIndex, format: 'yaml' | 'json'): TocData {
  const data: TocData = { format, duplicateKeys: [], nodes: [], markdownProblems: [] };
  const doc = parseDocument(text, {
    keepSourceTokens: true,
    uniqueKeys: false,
    prettyErrors: false,
    strict: false,
    version: '1.2',
  });
  // The build reads the first document and ignores what follows it.
  const error = doc.errors.find((e) => e.code !== 'MULTIPLE_DOCS');
  if (error) {
    const [from, to] = yamlErrorRange(doc, error, text);
    data.syntaxError = {
      message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      span: lines.span(from, to),
    };
    return data;
  }
  data.duplicateKeys = duplicateKeys(doc, lines);
  const root = doc.contents;
  const items = isSeq(root) ? root : isMap(root) ? lastPairs(root).get('items')?.value : undefined;
  if (isSeq(items)) readItems(items.items, lines, data.nodes);
  return data;
}

function duplicateKeys(doc: Document, lines: LineIndex): TocValue[] {
  const found: TocValue[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items as AnyPair[]) {
        const key = keyOf(pair);
        if (key === undefined) continue;
        const range = pair.key.range;
        if (seen.has(key) && range) found.push({ value: key, span: lines.span(range[0], range[1]) });
        seen.add(key);
      }
    },
  });
  return found;
}

function stringValue(pair: AnyPair | undefined, lines: LineIndex): TocValue | undefined {
  const node = pair?.value;
  if (!isScalar(node) || !node.range) return undefined;
  const value = scalarText(node.value);
  return value === undefined ? undefined : { value, span: lines.span(node.range[0], node.range[1]) };
}

function readItems(items: readonly unknown[], lines: LineIndex, out: TocNodeData[]): void {
  for (const item of items) {
    if (!isMap(item) || !item.range) continue;
    const pairs = lastPairs(item);
    const firstKey = (item.items[0] as AnyPair | undefined)?.key;
    const node: TocNodeData = {
      span: lines.span(item.range[0], firstKey?.range?.[1] ?? item.range[0]),
      uid: stringValue(pairs.get('uid'), lines)?.value.trim() ? true : false,
    };
    for (const key of ['name', 'href', 'topicHref', 'tocHref'] as const) {
      const value = stringValue(pairs.get(key), lines);
      if (value) node[key] = value;
    }
    out.push(node);
    // An entry that includes a TOC file gets that TOC's entries instead of its own `items`.
    if (includesTocFile(node)) continue;
    const children = pairs.get('items')?.value;
    if (isSeq(children)) readItems(children.items, lines, out);
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

function includesTocFile(node: TocNodeData): boolean {
  const include = tocInclude(node);
  return include !== undefined && tocHrefType(include.value) === 'toc-file';
}
