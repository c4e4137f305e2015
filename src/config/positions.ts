/**
 * Line and column for config errors. Syntax errors carry an offset (JSON.parse's "position N")
 * or a line position (the yaml package's); a schema error names a key path
 * (`rules.description-bad-length[1].min`), found in the file's text by parsing it again with the
 * yaml package, which reads JSON too and keeps every node's range.
 */
import { isMap, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import { LineIndex } from '../text/line-index.js';

export interface ConfigPosition {
  line: number;
  column: number;
}

/** The 1-based line and column of a 0-based offset in `text`. */
export function positionAt(text: string, offset: number): ConfigPosition {
  const { line, column } = new LineIndex(text).point(Math.max(0, Math.min(offset, text.length)));
  return { line, column };
}

const JSON_LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

/**
 * The offset of the first JSON syntax error in `text` (undefined when it is valid JSON). JSON.parse
 * gives an offset for some errors only ("Unexpected token ',', ... is not valid JSON" has none),
 * so a small scanner finds it: where the value, the string or the punctuation went wrong.
 */
/** The JSON scanner stopped at `offset`: the text is not valid JSON there. */
class ScanStopped extends Error {
  constructor(readonly offset: number) {
    super(`invalid JSON at offset ${offset}`);
  }
}

export function jsonErrorOffset(text: string): number | undefined {
  let i = 0;
  const fail = (): never => {
    throw new ScanStopped(i);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      i += text[i] === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
  };
  const list = (close: string, item: () => void): void => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    space();
    if (text[i] === '{') {
      return list('}', () => {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    }
    if (text[i] === '[') return list(']', value);
    if (text[i] === '"') return string();
    JSON_LITERAL.lastIndex = i;
    if (!JSON_LITERAL.test(text)) fail();
    i = JSON_LITERAL.lastIndex;
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return undefined;
  } catch (stopped) {
    // Where the scanner stopped; anything else (a stack overflow on absurd nesting) gives no position.
    return stopped instanceof ScanStopped ? stopped.offset : undefined;
  }
}

/** Where JSON.parse failed on `text`. */
export function jsonErrorPosition(text: string): ConfigPosition | undefined {
  const offset = jsonErrorOffset(text);
  return offset === undefined ? undefined : positionAt(text, offset);
}

/** JSON.parse's message without the position (said as line and column instead) or the text it echoes. */
export function jsonErrorMessage(message: string): string {
  const echoed = message.endsWith('" is not valid JSON') ? message.search(/, (?:\.\.\.)?"/) : -1;
  return (echoed === -1 ? message : message.slice(0, echoed)).replace(
    / in JSON at position \d+(?: \(line \d+ column \d+\))?$/,
    '',
  );
}

/** `rules.x[1].min` -> ['rules', 'x', 1, 'min']. */
function keySegments(key: string): (string | number)[] {
  const segments: (string | number)[] = [];
  for (const match of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  return segments;
}

/** Where the key path `key` (as ConfigError names it) is written in the config text, below `prefix` keys. */
export function keyPosition(text: string, key: string, prefix: string[] = []): ConfigPosition | undefined {
  const doc = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) return undefined;
  let node: unknown = doc.contents;
  let at: [number, number, number] | undefined = (node as YamlNode | null)?.range ?? undefined;
  for (const segment of [...prefix, ...keySegments(key)]) {
    if (typeof segment === 'number' && isSeq(node)) {
      node = node.items[segment];
      at = (node as YamlNode | undefined)?.range ?? at;
    } else if (isMap(node)) {
      const pair = node.items.find(
        (item) => String((item.key as { value?: unknown } | null)?.value) === String(segment),
      );
      if (!pair) break;
      at = (pair.key as YamlNode).range ?? at;
      node = pair.value;
    } else break;
  }
  return at ? positionAt(text, at[0]) : undefined;
}
