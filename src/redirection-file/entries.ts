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

/** An entry's values without their places: what resolving links needs of a redirection file. */
export interface RedirectionEntryValues {
  sourcePath?: string;
  sourcePathFromRoot?: string;
  redirectUrl?: string;
  redirectDocumentId: boolean;
  hasMonikers: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The entries `readRedirectionEntries` reads, in the same order and with the same values, without
 * their places, for a file in the usual shape: strict JSON (no comments, no trailing commas), a
 * `redirections` array and no `renames`. Undefined for any other file: read it with
 * `readRedirectionEntries`. `JSON.parse` reads cpp-docs's 3,138 entries about 20 times faster than
 * jsonc-parser's tree; the places are only needed when a redirection file is linted itself. (A key
 * repeated in an object keeps its last value in both readers; a repeated `"source": "url"` pair is
 * why `renames` and a `redirections` object are left to `readRedirectionEntries`.)
 */
export function readRedirectionValues(text: string): RedirectionEntryValues[] | undefined {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(root) || Object.hasOwn(root, 'renames') || !Array.isArray(root.redirections)) return undefined;
  const entries: RedirectionEntryValues[] = [];
  for (const item of root.redirections as unknown[]) {
    if (!isObject(item)) continue;
    const entry: RedirectionEntryValues = {
      redirectDocumentId: item.redirect_document_id === true,
      hasMonikers: Object.hasOwn(item, 'monikers'),
    };
    if (typeof item.source_path === 'string') entry.sourcePath = item.source_path;
    if (typeof item.source_path_from_root === 'string') entry.sourcePathFromRoot = item.source_path_from_root;
    if (typeof item.redirect_url === 'string') entry.redirectUrl = item.redirect_url;
    entries.push(entry);
  }
  return entries;
}
