/**
 * The entries of a redirection file (`*.openpublishing.redirection*.json`) with the place of each
 * value, read as the Learn build reads the file (Newtonsoft.Json: comments and trailing commas
 * accepted; docfx v3 `RedirectionProvider.GenerateRedirectionRules`): `redirections` as an array
 * of entries or an object of source -> URL, and `renames` (source -> URL, document id redirected).
 * A JSON syntax error ends the reading: the first is kept. Pure; jsonc-parser gives the offsets.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { jsoncErrorWords } from '../source/json.js';

/** A string value of an entry and the [start, end) offsets of its text (quotes included). */
export interface EntryValue {
  value: string;
  range: [number, number];
}

export interface RedirectionFileEntry {
  /** [start, end) of the entry: the object, or the `"source": "url"` pair. */
  range: [number, number];
  sourcePath?: EntryValue;
  sourcePathFromRoot?: EntryValue;
  redirectUrl?: EntryValue;
  redirectDocumentId: boolean;
  /** True when the entry names monikers: its source is then one version of the page. */
  hasMonikers: boolean;
}

export interface RedirectionFileData {
  syntaxError?: { message: string; range: [number, number] };
  entries: RedirectionFileEntry[];
}

const rangeOf = (node: JsonNode): [number, number] => [node.offset, node.offset + node.length];

function stringValue(node: JsonNode | undefined): EntryValue | undefined {
  return node?.type === 'string' && typeof node.value === 'string'
    ? { value: node.value, range: rangeOf(node) }
    : undefined;
}

/** The property nodes of an object node, by key (the last of a repeated key, as Newtonsoft keeps it). */
function properties(object: JsonNode): Map<string, JsonNode> {
  const found = new Map<string, JsonNode>();
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type === 'string' && value) found.set(String(key.value), value);
  }
  return found;
}

/** Pairs `"source": "url"` of an object node as entries. */
function pairEntries(object: JsonNode, redirectDocumentId: boolean): RedirectionFileEntry[] {
  const entries: RedirectionFileEntry[] = [];
  for (const property of object.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key?.type !== 'string') continue;
    entries.push({
      range: rangeOf(property),
      sourcePath: { value: String(key.value), range: rangeOf(key) },
      redirectUrl: stringValue(value),
      redirectDocumentId,
      hasMonikers: false,
    });
  }
  return entries;
}

export function readRedirectionEntries(text: string): RedirectionFileData {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first)
    return {
      syntaxError: {
        message: jsoncErrorWords(printParseErrorCode(first.error)),
        range: [first.offset, first.offset + first.length],
      },
      entries: [],
    };
  if (root?.type !== 'object') return { entries: [] };
  const top = properties(root);
  const entries: RedirectionFileEntry[] = [];
  const redirections = top.get('redirections');
  if (redirections?.type === 'array') {
    for (const item of redirections.children ?? []) {
      if (item.type !== 'object') continue;
      const fields = properties(item);
      const entry: RedirectionFileEntry = {
        range: rangeOf(item),
        redirectDocumentId: fields.get('redirect_document_id')?.value === true,
        hasMonikers: fields.has('monikers'),
      };
      const sourcePath = stringValue(fields.get('source_path'));
      const fromRoot = stringValue(fields.get('source_path_from_root'));
      const url = stringValue(fields.get('redirect_url'));
      if (sourcePath) entry.sourcePath = sourcePath;
      if (fromRoot) entry.sourcePathFromRoot = fromRoot;
      if (url) entry.redirectUrl = url;
      entries.push(entry);
    }
  } else if (redirections?.type === 'object') entries.push(...pairEntries(redirections, false));
  const renames = top.get('renames');
  if (renames?.type === 'object') entries.push(...pairEntries(renames, true));
  return { entries };
}
