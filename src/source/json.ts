/**
 * JSON files faq-lint reads as data (docfx.json, publishing and redirection files, JSON configs,
 * the cache, the Actions event): read through `readSource`, parsed, and any problem said without
 * quoting the file (V8's own messages quote its first bytes: a symlink to a secret would leak).
 */
import { LineIndex } from '../text/line-index.js';
import type { ReadOptions } from './read.js';
import { readSource } from './text.js';

export type Json = { ok: true; value: unknown } | { ok: false; reason: string };

/** Parse JSON text; on failure one sentence with the line and column when known, never the text. */
export function parseJson(text: string): Json {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: jsonProblem(error, text) };
  }
}

/** Read and parse a JSON file (see `readBytes` for what is refused). */
export function readJsonFile(file: string, options: ReadOptions = {}): Json {
  const source = readSource(file, options);
  return source.ok ? parseJson(source.text) : source;
}

/**
 * V8's message without the input: "Expected ',' or '}' after property value in JSON at position
 * 11" keeps its words (they quote the grammar, not the file) and gains a line and column; one
 * that quotes the input ("Unexpected token 'r', "root:x:0:0" is not valid JSON") says only that.
 */
export function jsonProblem(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : '';
  if (message.startsWith('Unexpected end of JSON input')) return 'not valid JSON (it ends too early)';
  const at = /^(.*?)(?: in JSON)? at position (\d+)/.exec(message);
  if (!at || at[1]!.startsWith('Unexpected token')) return 'not valid JSON (an unexpected character)';
  const point = new LineIndex(text).point(Math.min(Number(at[2]), text.length));
  return `not valid JSON (${at[1]} at line ${point.line}, column ${point.column})`;
}

/** jsonc-parser's error names (`printParseErrorCode`), in words. */
const JSONC_ERROR_WORDS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a malformed number',
  PropertyNameExpected: 'expected a property name in double quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'text after the end of the JSON',
  InvalidCommentToken: 'a malformed comment',
  UnexpectedEndOfComment: 'a comment that is not closed',
  UnexpectedEndOfString: 'a string that is not closed',
  UnexpectedEndOfNumber: 'a number cut short',
  InvalidUnicode: "a malformed '\\u' escape",
  InvalidEscapeCharacter: 'a malformed escape',
  InvalidCharacter: 'a control character inside a string',
};

/** A jsonc-parser error name as a writer reads it: "CommaExpected" is "expected ','"; an unknown name stays as it is. */
export function jsoncErrorWords(errorName: string): string {
  return JSONC_ERROR_WORDS[errorName] ?? errorName;
}
