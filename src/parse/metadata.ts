/**
 * YAML metadata with positions: the front matter of an article, or the `metadata` mapping of a
 * structured FAQ. Uses the `yaml` package's CST ranges so every key and value keeps its place.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { MetadataEntry, MetadataSummary, Span } from '../types.js';
import type { LineIndex } from './positions.js';

/** Refuse alias expansions beyond this many nodes: an alias bomb is a problem, not a hang. */
const MAX_ALIAS_COUNT = 100;

/** Parse YAML text that starts at `base` in the file into a document (errors kept, never thrown). */
export function parseYaml(source: string) {
  return parseDocument(source, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, strict: false, version: '1.2' });
}

/** Summarise the front matter found between the `---` lines; `contentStart` is its offset in the file. */
export function frontMatterSummary(source: string, contentStart: number, blockSpan: Span, lines: LineIndex): MetadataSummary {
  const doc = parseYaml(source);
  const summary: MetadataSummary = { span: blockSpan, entries: [], problems: [] };
  for (const error of doc.errors) {
    const [from, to] = error.pos;
    summary.problems.push({ message: firstLine(error.message), span: lines.span(contentStart + from, contentStart + Math.max(from, to)) });
  }
  if (doc.errors.length > 0) return summary;
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return summary;
  if (!isMap(contents)) {
    const range = contents.range ?? [0, source.length];
    summary.problems.push({ message: 'Front matter must be a mapping of keys to values', span: lines.span(contentStart + range[0], contentStart + range[1]) });
    return summary;
  }
  Object.assign(summary, metadataFromMap(contents, doc, contentStart, blockSpan, lines));
  return summary;
}

/** Entries and problems (duplicate keys) of a YAML mapping whose source starts at `base`. */
export function metadataFromMap(map: YAMLMap, doc: Document, base: number, span: Span, lines: LineIndex): MetadataSummary {
  const summary: MetadataSummary = { span, entries: [], problems: [] };
  const seen = new Map<string, MetadataEntry>();
  for (const pair of map.items as Pair<YamlNode, YamlNode | null>[]) {
    const entry = entryOf(pair, doc, base, lines, (message, at) => summary.problems.push({ message, span: at }));
    if (!entry) continue;
    const earlier = seen.get(entry.key);
    if (earlier) {
      summary.problems.push({ message: `Duplicate key '${entry.key}' (first at line ${earlier.keySpan.start.line})`, span: entry.keySpan });
    } else seen.set(entry.key, entry);
    summary.entries.push(entry);
  }
  return summary;
}

function entryOf(pair: Pair<YamlNode, YamlNode | null>, doc: Document, base: number, lines: LineIndex, problem: (message: string, span: Span) => void): MetadataEntry | undefined {
  const key = pair.key;
  if (!isScalar(key) || !key.range) return undefined;
  const keySpan = lines.span(base + key.range[0], base + key.range[1]);
  const value = pair.value;
  const source = lines.text;
  if (!value || !value.range) {
    return { key: String(key.value), keySpan, valueSpan: { start: keySpan.end, end: keySpan.end }, value: null, source: '', kind: 'null' };
  }
  const [from, to] = value.range;
  const valueSpan = lines.span(base + from, base + to);
  let parsed: unknown;
  let failure: string | undefined;
  try {
    parsed = value.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // An alias bomb ("billion laughs"): the value is refused, not expanded.
    parsed = undefined;
    failure = `The value of '${String(key.value)}' is not read: ${firstLine(error instanceof Error ? error.message : String(error))}`;
  }
  const entry: MetadataEntry = { key: String(key.value), keySpan, valueSpan, value: parsed, source: source.slice(base + from, base + to), kind: kindOf(value) };
  if (failure) problem(failure, valueSpan);
  return entry;
}

function kindOf(node: YamlNode): MetadataEntry['kind'] {
  if (isAlias(node)) return 'alias';
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'sequence';
  if (isScalar(node)) {
    if (node.value === null) return 'null';
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return 'quoted';
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return 'block';
    return 'plain';
  }
  return 'other';
}

const firstLine = (message: string): string => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
