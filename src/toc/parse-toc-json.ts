/**
 * Read a `toc.json` into `TocData` as JSON, the way the Learn build reads it (docfx v3,
 * src/docfx/build/toc/TocParser.cs -> JsonUtility.Parse, Newtonsoft.Json): comments and trailing
 * commas are accepted; the first syntax error drops the whole TOC and is the build's
 * `json-syntax-error`; a key given twice keeps its last value without a warning (Newtonsoft
 * replaces it; only YAML has `yaml-duplicate-key`). jsonc-parser gives each node's offsets.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { jsoncErrorWords } from '../source/json.js';
import type { LineIndex } from '../text/line-index.js';
import type { TocData } from './model.js';
import { readTocEntries, type TocTree } from './read-entries.js';

/** jsonc-parser's nodes as a TOC tree. */
const jsonTree = (lines: LineIndex): TocTree<JsonNode> => ({
  list: (node) => (node?.type === 'array' ? (node.children ?? []) : undefined),
  mapping(node) {
    if (node?.type !== 'object') return undefined;
    const pairs = new Map<string, JsonNode>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key?.type === 'string' && value) pairs.set(String(key.value), value);
    }
    return pairs;
  },
  text(node) {
    if (node?.type !== 'string' && node?.type !== 'number' && node?.type !== 'boolean') return undefined;
    return { value: String(node.value), span: lines.span(node.offset, node.offset + node.length) };
  },
  entrySpan(node) {
    const firstKey = node.children?.[0]?.children?.[0];
    return lines.span(node.offset, firstKey ? firstKey.offset + firstKey.length : node.offset);
  },
});

export function parseTocJson(text: string, lines: LineIndex): TocData {
  const data: TocData = { format: 'json', duplicateKeys: [], nodes: [], markdownProblems: [] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    data.syntaxError = {
      message: jsoncErrorWords(printParseErrorCode(first.error)),
      span: lines.span(first.offset, first.offset + first.length),
    };
    return data;
  }
  data.nodes = readTocEntries(root, jsonTree(lines));
  return data;
}
