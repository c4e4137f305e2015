/**
 * Escaping at the output edge. File names, config keys, messages and cached data can carry any
 * character a pull request puts there; printed raw, an ESC or OSC sequence drives the reader's
 * terminal, and a line break starts a new line that GitHub Actions reads as a workflow command
 * (`::error ...`) or that breaks out of a Markdown table. Every reporter and every stderr line
 * passes its strings through one of these.
 */

// C0 controls (tab and line breaks included), DEL, C1 controls; the Unicode line and paragraph
// separators; and the invisible bidirectional controls that reorder what a reader sees
// ("Trojan Source"): ALM, LRM, RLM, LRE..RLO, LRI..PDI.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same, except tab, line feed and carriage return.
const UNPRINTABLE_IN_TEXT =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One printable line: every control character shown as a `\u001b`-style escape. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape);
}

/** Printable, keeping tabs and line breaks (text whose lines the format itself escapes or shows). */
export function printableKeepingLines(text: string): string {
  return text.replace(UNPRINTABLE_IN_TEXT, escape);
}

/**
 * JSON text safe on a terminal: JSON.stringify escapes C0 controls but leaves DEL, C1 controls,
 * the line separators and bidi controls raw. Replaced by their `\uXXXX` escapes the JSON still
 * parses to the same values. (Outside strings JSON has only its own whitespace: kept.)
 */
export function printableJson(json: string): string {
  return json.replace(UNPRINTABLE_IN_TEXT, escape);
}

/** Lone surrogates (not text, and `encodeURIComponent` throws on them) as U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
