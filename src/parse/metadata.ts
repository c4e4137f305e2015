/**
 * YAML metadata with positions: the front matter of an article, or the `metadata` mapping of a
 * structured FAQ. Uses the `yaml` package's CST ranges so every key and value keeps its place.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
  type Pair,
  type YAMLError,
  type YAMLMap,
} from 'yaml';
import type { MetadataEntry, MetadataSummary, Span } from '../types.js';
import { indentFlowContinuations } from './flow-continuations.js';
import type { LineIndex } from '../text/line-index.js';

/** Refuse alias expansions beyond this many nodes: an alias bomb is a problem, not a hang. */
const MAX_ALIAS_COUNT = 100;

/** Parse YAML text that starts at `base` in the file into a document (errors kept, never thrown). */
export function parseYaml(source: string) {
  return parseDocument(source, {
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false,
    strict: false,
    version: '1.2',
  });
}

/**
 * Where a YAML error's problem starts, as [from, to) offsets in the parsed text. The parser
 * reports an unclosed quote where it gave up (the next key, or the end of the text); the writer's
 * mistake is the quote that opened the scalar, so such an error points at that quote, to the end
 * of its line. Other errors keep the parser's range.
 */
export function yamlErrorRange(doc: Document, error: YAMLError, source: string): [number, number] {
  const [from, to] = error.pos;
  if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
    let opened: number | undefined;
    visit(doc, {
      Scalar(_, node) {
        const range = node.range;
        if (
          range &&
          (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') &&
          range[0] < from &&
          range[1] >= from
        )
          opened = range[0];
      },
    });
    if (opened !== undefined) {
      const lineEnd = source.indexOf('\n', opened);
      return [opened, lineEnd === -1 ? source.length : lineEnd];
    }
  }
  return [from, Math.max(from, to)];
}

/** Summarise the front matter found between the `---` lines; `contentStart` is its offset in the file. */
export function frontMatterSummary(
  source: string,
  contentStart: number,
  blockSpan: Span,
  lines: LineIndex,
): MetadataSummary {
  // A lone CR ends a line in YAML 1.2 and in the build's YamlDotNet, but not in the `yaml`
  // package; turn it into LF (same length, so every offset stays true). Seen as `\r\r\n`.
  const normalised = source.replace(/\r(?!\n)/g, '\n');
  let doc = parseYaml(normalised);
  let toSource = (offset: number): number => offset;
  if (doc.errors[0]?.code === 'BAD_INDENT') {
    const lenient = indentFlowContinuations(normalised);
    const retry = lenient && parseYaml(lenient.text);
    if (lenient && retry && retry.errors.length === 0) {
      doc = retry;
      toSource = lenient.toOriginal;
    }
  }
  const summary: MetadataSummary = { span: blockSpan, entries: [], problems: [] };
  for (const error of doc.errors) {
    const [from, to] = yamlErrorRange(doc, error, normalised);
    summary.problems.push({
      message: firstLine(error.message),
      span: lines.span(contentStart + toSource(from), contentStart + toSource(to)),
    });
  }
  if (doc.errors.length > 0) return summary;
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return summary;
  if (!isMap(contents)) {
    const range = contents.range ?? [0, source.length];
    summary.problems.push({
      message: 'Front matter must be a mapping of keys to values',
      span: lines.span(contentStart + toSource(range[0]), contentStart + toSource(range[1])),
    });
    return summary;
  }
  Object.assign(summary, metadataFromMap(contents, doc, contentStart, blockSpan, lines, toSource));
  return summary;
}

/**
 * A front matter block that is opened (`---` on line 1) but never closed. remark-frontmatter
 * then sees a thematic break and paragraphs, and the Learn build sees no metadata at all; the
 * summary records the block as a problem so the metadata rules say why, at line 1.
 */
export function unclosedFrontMatter(text: string, lines: LineIndex): MetadataSummary | undefined {
  const opening = /^---[ \t]*(?:\r?\n|\r|$)/.exec(text);
  if (!opening) return undefined;
  const span = lines.span(0, 3);
  return {
    span,
    entries: [],
    problems: [{ message: "Front matter opened with '---' on line 1 is never closed by a '---' line", span }],
  };
}

/** How far down a misplaced front matter block is looked for. */
const MISPLACED_LOOKAHEAD_LINES = 50;

/**
 * A `---` line preceded only by blank lines or one-line HTML comments, not on line 1: front
 * matter the writer meant, which Markdown (and the build) read as a thematic break and text.
 */
export function misplacedFrontMatter(text: string, lines: LineIndex): MetadataSummary | undefined {
  // Sticky: each line is matched where the previous one ended, never searched for.
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/y;
  for (let i = 0; i < MISPLACED_LOOKAHEAD_LINES && pattern.lastIndex < text.length; i++) {
    const start = pattern.lastIndex;
    const line = pattern.exec(text)![0].trim();
    if (line === '' || /^<!--.*-->$/.test(line)) continue;
    if (line !== '---' || start === 0) return undefined;
    const offset = start + text.slice(start).indexOf('-');
    const span = lines.span(offset, offset + 3);
    const message = `Front matter must start on line 1; the '---' on line ${span.start.line} is read as a thematic break, not metadata`;
    return { span, entries: [], problems: [{ message, span }], misplaced: true };
  }
  return undefined;
}

/**
 * Entries and problems (duplicate keys) of a YAML mapping whose source starts at `base`;
 * `toSource` maps offsets of the parsed text back to the source when they differ. With
 * `duplicates: false` a key given twice is no problem here (in a `.yml` file it is
 * yaml-duplicate-key's, which reports it in every mapping of the file).
 */
export function metadataFromMap(
  map: YAMLMap,
  doc: Document,
  base: number,
  span: Span,
  lines: LineIndex,
  toSource = (offset: number): number => offset,
  { duplicates = true } = {},
): MetadataSummary {
  const at = (offset: number): number => base + toSource(offset);
  const summary: MetadataSummary = { span, entries: [], problems: [] };
  const seen = new Map<string, MetadataEntry>();
  for (const pair of map.items as Pair<YamlNode, YamlNode | null>[]) {
    const entry = entryOf(pair, doc, at, lines, (message, where) => summary.problems.push({ message, span: where }));
    if (!entry) continue;
    const earlier = seen.get(entry.key);
    if (earlier) {
      if (duplicates)
        summary.problems.push({
          message: `Duplicate key '${entry.key}' (first at line ${earlier.keySpan.start.line})`,
          span: entry.keySpan,
        });
    } else seen.set(entry.key, entry);
    summary.entries.push(entry);
  }
  return summary;
}

function entryOf(
  pair: Pair<YamlNode, YamlNode | null>,
  doc: Document,
  at: (offset: number) => number,
  lines: LineIndex,
  problem: (message: string, span: Span) => void,
): MetadataEntry | undefined {
  const key = pair.key;
  if (!isScalar(key) || !key.range) return undefined;
  const keySpan = lines.span(at(key.range[0]), at(key.range[1]));
  const value = pair.value;
  const source = lines.text;
  if (!value || !value.range) {
    return {
      key: String(key.value),
      keySpan,
      valueSpan: { start: keySpan.end, end: keySpan.end },
      value: null,
      source: '',
      kind: 'null',
    };
  }
  const [from, to] = value.range;
  const valueSpan = lines.span(at(from), at(to));
  let parsed: unknown;
  let failure: string | undefined;
  try {
    parsed = value.toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // An alias bomb ("billion laughs"): the value is refused, not expanded.
    parsed = undefined;
    failure = `The value of '${String(key.value)}' is not read: ${firstLine(error instanceof Error ? error.message : String(error))}`;
  }
  const entry: MetadataEntry = {
    key: String(key.value),
    keySpan,
    valueSpan,
    value: parsed,
    source: source.slice(at(from), at(to)),
    kind: kindOf(value),
  };
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
