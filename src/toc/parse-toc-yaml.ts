/**
 * Read a `toc.yml` into `TocData`, the way the Learn build reads it (docfx v3,
 * src/docfx/lib/json/YamlUtility.cs): the first syntax error drops the whole TOC
 * (`yaml-syntax-error`); a key given twice in a mapping is a warning at the later key
 * (`yaml-duplicate-key`; the later value wins). The entries are read by `read-entries.ts`.
 */
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { yamlErrorRange } from '../parse/metadata.js';
import { yamlDuplicateKeys, yamlKeyText, yamlScalarText } from '../parse/yaml-duplicate-keys.js';
import type { LineIndex } from '../text/line-index.js';
import type { TocData } from './model.js';
import { readTocEntries, type TocTree } from './read-entries.js';

type AnyPair = Pair<YamlNode, YamlNode | null>;

/** The `yaml` library's nodes as a TOC tree. */
const yamlTree = (lines: LineIndex): TocTree<unknown> => ({
  list: (node) => (isSeq(node) ? node.items : undefined),
  mapping(node) {
    if (!isMap(node) || !node.range) return undefined;
    const pairs = new Map<string, unknown>();
    for (const pair of node.items as AnyPair[]) {
      const key = yamlKeyText(pair.key);
      if (key !== undefined) pairs.set(key, pair.value);
    }
    return pairs;
  },
  text(node) {
    if (!isScalar(node) || !node.range) return undefined;
    const value = yamlScalarText(node.value);
    return value === undefined ? undefined : { value, span: lines.span(node.range[0], node.range[1]) };
  },
  entrySpan(node) {
    const map = node as { range: [number, number]; items: AnyPair[] };
    const firstKey = map.items[0]?.key;
    return lines.span(map.range[0], firstKey?.range?.[1] ?? map.range[0]);
  },
});

export function parseTocYaml(text: string, lines: LineIndex): TocData {
  const data: TocData = { format: 'yaml', duplicateKeys: [], nodes: [], markdownProblems: [] };
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
  data.duplicateKeys = yamlDuplicateKeys(doc, lines);
  data.nodes = readTocEntries(doc.contents, yamlTree(lines));
  return data;
}
