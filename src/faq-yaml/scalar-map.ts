/**
 * Where each character of a decoded YAML scalar came from in the file. The Markdown inside a
 * structured FAQ is parsed from the decoded string (indentation removed, lines folded, escapes
 * resolved); this map takes an offset in that string back to an offset in the `.yml` file.
 *
 * The decoders mirror the `yaml` package's own (compose/resolve-block-scalar.js and
 * resolve-flow-scalar.js, yaml 2.x) step for step, recording a source range for every character
 * they produce. `mapScalar` checks the result against the value `yaml` decoded; when they differ
 * (a construct the mirror does not know) it falls back to mapping everything to the scalar's start,
 * so a position may be coarse but never points into another value.
 */
import { trimTrailing } from '../text/linear.js';

/** A decoded scalar and the file range each of its characters came from. */
export interface ScalarMap {
  value: string;
  /** File offset where character i's source starts. */
  starts: number[];
  /** File offset where character i's source ends (exclusive). */
  ends: number[];
  /** File offset of the scalar's content start (used for an empty value). */
  contentStart: number;
  /** False when the mirror disagreed with the YAML parser and positions are the scalar start. */
  exact: boolean;
}

/** The scalar styles of the `yaml` package. */
export type ScalarStyle = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';

/** Where a scalar stands in the file. */
export interface ScalarSource {
  style: ScalarStyle;
  /** Offset of the scalar's first character: the `|`/`>` header, the quote, or the plain text. */
  start: number;
  /** Offset just after the scalar's source (the `yaml` node's `range[1]`). */
  end: number;
  /** For block scalars: the indentation of the parent collection (the CST token's `indent`). */
  parentIndent?: number;
}

/** Collects decoded text with the source range of each character. */
class MappedBuilder {
  value = '';
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Source text copied as is: character i came from [from + i, from + i + 1). */
  copy(text: string, from: number): void {
    for (let i = 0; i < text.length; i++) {
      this.value += text[i];
      this.starts.push(from + i);
      this.ends.push(from + i + 1);
    }
  }

  /** Text the decoder produced from the source range [from, to): a folded break, an escape. */
  produce(text: string, from: number, to: number): void {
    for (const ch of text.split('')) {
      this.value += ch;
      this.starts.push(from);
      this.ends.push(Math.max(from, to));
    }
  }
}

/** Decode a scalar from the file text with positions; `expected` is the value the YAML parser gave. */
export function mapScalar(text: string, source: ScalarSource, expected: string): ScalarMap {
  const built =
    source.style === 'BLOCK_LITERAL' || source.style === 'BLOCK_FOLDED'
      ? blockScalar(text, source)
      : flowScalar(text, source);
  if (built && built.builder.value === expected) {
    return {
      value: expected,
      starts: built.builder.starts,
      ends: built.builder.ends,
      contentStart: built.contentStart,
      exact: true,
    };
  }
  const at = source.start;
  return {
    value: expected,
    starts: Array<number>(expected.length).fill(at),
    ends: Array<number>(expected.length).fill(at),
    contentStart: at,
    exact: false,
  };
}

/** File offset of an offset in the decoded value (the end of the value maps after its last character). */
export function toFileOffset(map: ScalarMap, offset: number): number {
  if (map.value.length === 0) return map.contentStart;
  if (offset <= 0) return map.starts[0]!;
  if (offset >= map.value.length) return map.ends[map.value.length - 1]!;
  return map.starts[offset]!;
}

/** File range of the decoded range [start, end). */
export function toFileRange(map: ScalarMap, start: number, end: number): [number, number] {
  const from = toFileOffset(map, start);
  if (end <= start) return [from, from];
  const last = Math.min(end, map.value.length) - 1;
  const to = last >= 0 && last < map.ends.length ? map.ends[last]! : from;
  return [from, Math.max(from, to)];
}

// ---- block scalars ---------------------------------------------------------------------------

interface Line {
  indent: string;
  /** Content after the indentation, a trailing `\r` included (as in `yaml`'s splitLines). */
  content: string;
  /** File offset of the line's first character. */
  offset: number;
}

function splitLines(body: string, base: number): Line[] {
  const lines: Line[] = [];
  let offset = base;
  for (const raw of body.split('\n')) {
    const indent = /^ */.exec(raw)![0];
    lines.push({ indent, content: raw.slice(indent.length), offset });
    offset += raw.length + 1;
  }
  return lines;
}

/** Offset of the line break that ends a line. */
const breakOf = (line: Line): number =>
  line.offset + line.indent.length + line.content.length - (line.content.endsWith('\r') ? 1 : 0);

function blockScalar(text: string, source: ScalarSource): { builder: MappedBuilder; contentStart: number } | undefined {
  const headerEnd = text.indexOf('\n', source.start);
  if (headerEnd === -1 || headerEnd >= source.end) return { builder: new MappedBuilder(), contentStart: source.end };
  const header = /^[|>]([-+1-9]*)/.exec(text.slice(source.start, headerEnd))?.[1] ?? '';
  const chomp = header.includes('-') ? '-' : header.includes('+') ? '+' : '';
  const explicit = Number(header.replace(/[-+]/g, '')) || 0;
  const bodyStart = headerEnd + 1;
  const lines = splitLines(text.slice(bodyStart, source.end), bodyStart);
  const builder = new MappedBuilder();
  const isEmpty = (l: Line): boolean => l.content === '' || l.content === '\r';

  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if (isEmpty(lines[i]!)) chompStart = i;
    else break;
  }
  if (chompStart === 0) {
    if (chomp === '+' && lines.length > 0)
      builder.produce('\n'.repeat(Math.max(1, lines.length - 1)), bodyStart, source.end);
    return { builder, contentStart: bodyStart };
  }
  let trimIndent = (source.parentIndent ?? 0) + explicit;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const line = lines[i]!;
    if (isEmpty(line)) {
      if (explicit === 0 && line.indent.length > trimIndent) trimIndent = line.indent.length;
    } else {
      if (explicit === 0) trimIndent = line.indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) {
    if (lines[i]!.indent.length > trimIndent) chompStart = i + 1;
  }

  const folded = text[source.start] === '>';
  let sep = '';
  let sepFrom = bodyStart;
  let prevMoreIndented = false;
  const emitSep = (): void => builder.produce(sep, sepFrom, sepFrom + 1);
  for (let i = 0; i < contentStart; ++i) {
    const line = lines[i]!;
    builder.copy(line.indent.slice(trimIndent), line.offset + trimIndent);
    builder.produce('\n', breakOf(line), breakOf(line) + 1);
  }
  for (let i = contentStart; i < chompStart; ++i) {
    const line = lines[i]!;
    let indent = line.indent;
    let content = line.content;
    if (content.endsWith('\r')) content = content.slice(0, -1);
    const contentAt = line.offset + line.indent.length;
    if (content && indent.length < trimIndent) indent = '';
    const indentKept = indent.slice(trimIndent);
    const indentAt = line.offset + Math.min(trimIndent, indent.length);
    if (!folded) {
      emitSep();
      builder.copy(indentKept, indentAt);
      builder.copy(content, contentAt);
      sep = '\n';
    } else if (indent.length > trimIndent || content[0] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      emitSep();
      builder.copy(indentKept, indentAt);
      builder.copy(content, contentAt);
      sep = '\n';
      prevMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') builder.produce('\n', breakOf(line), breakOf(line) + 1);
      else sep = '\n';
    } else {
      emitSep();
      builder.copy(content, contentAt);
      sep = ' ';
      prevMoreIndented = false;
    }
    sepFrom = breakOf(line);
  }
  if (chomp === '+') {
    for (let i = chompStart; i < lines.length; ++i) {
      const line = lines[i]!;
      builder.produce('\n', sepFrom, sepFrom + 1);
      builder.copy(line.indent.slice(trimIndent), line.offset + trimIndent);
      sepFrom = breakOf(line);
    }
    if (!builder.value.endsWith('\n')) builder.produce('\n', sepFrom, sepFrom + 1);
  } else if (chomp === '') builder.produce('\n', sepFrom, sepFrom + 1);
  return { builder, contentStart: lines[contentStart]!.offset + trimIndent };
}

// ---- flow scalars: plain, single- and double-quoted ------------------------------------------

function flowScalar(text: string, source: ScalarSource): { builder: MappedBuilder; contentStart: number } | undefined {
  const raw = text.slice(source.start, source.end);
  if (source.style === 'PLAIN') return { builder: unfold(raw, source.start, false), contentStart: source.start };
  if (source.style === 'QUOTE_SINGLE')
    return { builder: unfold(raw.slice(1, -1), source.start + 1, true), contentStart: source.start + 1 };
  return { builder: doubleQuoted(raw, source.start), contentStart: source.start + 1 };
}

/** Copy a line segment; in single quotes `''` stands for one `'`. */
function copySegment(builder: MappedBuilder, segment: string, from: number, singleQuoted: boolean): void {
  if (!singleQuoted) return builder.copy(segment, from);
  for (let i = 0; i < segment.length; i++) {
    if (segment[i] === "'" && segment[i + 1] === "'") {
      builder.produce("'", from + i, from + i + 2);
      i++;
    } else builder.copy(segment[i]!, from + i);
  }
}

/** Plain and single-quoted scalars: line breaks fold to a space, empty lines to `\n`; lines trimmed. */
function unfold(source: string, base: number, singleQuoted: boolean): MappedBuilder {
  const builder = new MappedBuilder();
  const lineRe = /(.*?)\r?\n/sy;
  let match = lineRe.exec(source);
  if (!match) {
    copySegment(builder, source, base, singleQuoted);
    return builder;
  }
  copySegment(builder, trimTrailing(match[1]!, ' \t'), base, singleQuoted);
  let sep = ' ';
  let sepFrom = base + match[1]!.length;
  let pos = lineRe.lastIndex;
  while ((match = lineRe.exec(source))) {
    const line = match[1]!;
    const lead = /^[ \t]*/.exec(line)![0].length;
    const trimmed = trimTrailing(line.slice(lead), ' \t');
    const lineStart = base + match.index;
    if (trimmed === '') {
      if (sep === '\n') builder.produce('\n', lineStart + line.length, lineStart + line.length + 1);
      else sep = '\n';
    } else {
      builder.produce(sep, sepFrom, sepFrom + 1);
      copySegment(builder, trimmed, lineStart + lead, singleQuoted);
      sep = ' ';
    }
    sepFrom = lineStart + line.length;
    pos = lineRe.lastIndex;
  }
  const rest = source.slice(pos);
  const lead = /^[ \t]*/.exec(rest)![0].length;
  builder.produce(sep, sepFrom, sepFrom + 1);
  copySegment(builder, rest.slice(lead), base + pos + lead, singleQuoted);
  return builder;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

/** Double-quoted scalars: escapes, folding, escaped line breaks. */
function doubleQuoted(source: string, base: number): MappedBuilder {
  const builder = new MappedBuilder();
  for (let i = 1; i < source.length - 1; ++i) {
    const ch = source[i]!;
    if (ch === '\r' && source[i + 1] === '\n') continue;
    if (ch === '\n') {
      let fold = '';
      let j = i;
      let next = source[j + 1];
      while (next === ' ' || next === '\t' || next === '\n' || next === '\r') {
        if (next === '\r' && source[j + 2] !== '\n') break;
        if (next === '\n') fold += '\n';
        j += 1;
        next = source[j + 1];
      }
      builder.produce(fold || ' ', base + i, base + i + 1);
      i = j;
    } else if (ch === '\\') {
      const at = i;
      let next = source[++i];
      const escaped = next === undefined ? undefined : ESCAPES[next];
      if (escaped !== undefined) builder.produce(escaped, base + at, base + i + 1);
      else if (next === '\n' || (next === '\r' && source[i + 1] === '\n')) {
        if (next === '\r') i++;
        next = source[i + 1];
        while (next === ' ' || next === '\t') next = source[++i + 1];
      } else if (next === 'x' || next === 'u' || next === 'U') {
        const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
        const hex = source.substr(i + 1, length);
        const code = hex.length === length && /^[0-9a-fA-F]+$/.test(hex) ? parseInt(hex, 16) : NaN;
        let decoded: string;
        try {
          decoded = String.fromCodePoint(code);
        } catch {
          decoded = source.substr(at, length + 2);
        }
        builder.produce(decoded, base + at, base + i + 1 + length);
        i += length;
      } else builder.copy(source.substr(at, 2), base + at);
    } else if (ch === ' ' || ch === '\t') {
      const wsStart = i;
      let next = source[i + 1];
      while (next === ' ' || next === '\t') next = source[++i + 1];
      if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
        builder.copy(source.slice(wsStart, i + 1), base + wsStart);
    } else builder.copy(ch, base + i);
  }
  return builder;
}
