/**
 * The container extensions of Learn Markdown that span lines: zones (`::: zone pivot="a"` ...
 * `::: zone-end`) and moniker ranges (`::: moniker range="..."` ... `::: moniker-end`), read line by
 * line the way the Learn build's Markdig parsers open and close them (docfx v3,
 * src/Microsoft.Docs.MarkdigExtensions/TripleColon/TripleColonBlockParser.cs, ZoneExtension.cs,
 * MonikerRange/MonikerRangeParser.cs). Lines inside code blocks and front matter are skipped.
 * Where the build's behaviour is not certain (a moniker range inside another), reading stops and
 * nothing more is reported. One pass over the lines.
 */
import type { Root } from 'mdast';
import type { MessageData, ReferenceSummary, Span } from '../types.js';
import type { LineIndex } from '../text/line-index.js';
import { readTripleColonOpening, type TripleColonAttribute } from './triple-colon-attributes.js';
import { walk } from './walk.js';

/** A problem of a zone or moniker range, as the build reports it. */
export interface BlockProblem {
  severity: 'error' | 'warn';
  /** The id of the message in the reporting rule's `meta.messages` (invalid-zone, invalid-moniker-range). */
  messageId: string;
  data?: MessageData;
  detail?: string;
  span: Span;
}

/** A zone the build opens (its attributes are valid). */
export interface ZoneBlock {
  span: Span;
  target: string;
  /** The `pivot` value as written, and where it stands; undefined for a target-only zone. */
  pivot?: { value: string; span: Span };
}

export interface ContainerBlocks {
  zones: ZoneBlock[];
  zoneProblems: BlockProblem[];
  monikerProblems: BlockProblem[];
  /**
   * The lines of each moniker range the build opens, from its opening line to its `moniker-end`
   * (1-based, inclusive). One never closed runs to the end of the file, as the build's block
   * does; after a range inside a range (pairing not established) the rest of the file counts.
   */
  monikerZones: { startLine: number; endLine: number }[];
}

const ZONE_TARGETS = ['docs', 'chromeless', 'pdf'];
/** ZoneExtension's pivot pattern: lower-case names, comma-separated (spaces around commas allowed). */
const PIVOT = /^\s*[a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*\s*$/;

/** Lines that are code or front matter (1-based, inclusive ranges). */
function skippedLines(tree: Root): [number, number][] {
  const ranges: [number, number][] = [];
  walk(tree, (node) => {
    if ((node.type === 'code' || node.type === 'yaml') && node.position)
      ranges.push([node.position.start.line, node.position.end.line]);
  });
  return ranges;
}

/** The first problem of a zone's attributes (ZoneExtension.TryProcessAttributes), or undefined. */
function zoneAttributeProblem(
  attributes: readonly TripleColonAttribute[],
): { messageId: string; data?: MessageData; detail?: string; attribute?: TripleColonAttribute } | undefined {
  let target = '';
  let pivot = '';
  for (const attribute of attributes) {
    if (attribute.name === 'target') {
      if (!ZONE_TARGETS.includes(attribute.value))
        return {
          messageId: 'unknownTarget',
          data: { target: attribute.value },
          detail: 'a zone target is docs, chromeless or pdf',
          attribute,
        };
      target = attribute.value;
    } else if (attribute.name === 'pivot') {
      if (!PIVOT.test(attribute.value))
        return {
          messageId: 'invalidPivot',
          data: { pivot: attribute.value },
          detail: 'pivot ids are lower-case letters, digits and dashes, separated by commas',
          attribute,
        };
      pivot = attribute.value;
    } else
      return {
        messageId: 'unknownAttribute',
        data: { name: attribute.name },
        detail: 'a zone has a target, a pivot, or both',
        attribute,
      };
  }
  if (target === '' && pivot === '') return { messageId: 'noTargetOrPivot' };
  if (target === 'pdf' && pivot !== '') return { messageId: 'pivotOnPdf' };
  return undefined;
}

export function readContainerBlocks(text: string, tree: Root, lines: LineIndex): ContainerBlocks {
  const result: ContainerBlocks = { zones: [], zoneProblems: [], monikerProblems: [], monikerZones: [] };
  if (!text.includes(':::')) return result;
  const skipped = skippedLines(tree);
  let openZone: Span | undefined;
  let moniker: { span: Span; colons: number } | undefined;
  let monikersUnsure = false;
  for (let line = 1; line <= lines.lineCount; line++) {
    const lineStart = lines.lineStart(line);
    const lineEnd = line < lines.lineCount ? lines.lineStart(line + 1) : text.length;
    let at = lineStart;
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (!text.startsWith(':::', at) || skipped.some(([from, to]) => line >= from && line <= to)) continue;
    const content = text.slice(at, lineEnd).replace(/\r?\n$|\r$/, '');
    const lineSpan = lines.span(at, at + content.length);
    let colons = 0;
    while (content[colons] === ':') colons++;
    const rest = content.slice(colons).replace(/^[ \t]+/, '');

    // Moniker ranges (MonikerRangeParser): three or more colons, case-insensitive keywords.
    if (!monikersUnsure) {
      if (moniker && colons === moniker.colons && /^moniker-end/i.test(rest)) {
        if (rest.slice('moniker-end'.length).trim() !== '')
          result.monikerProblems.push({ severity: 'warn', messageId: 'textAfterEnd', span: moniker.span });
        result.monikerZones.push({ startLine: moniker.span.start.line, endLine: line });
        moniker = undefined;
        continue;
      }
      const range = /^moniker[ \t]*range="/i.exec(rest);
      if (range) {
        const valueStart = range[0].length;
        const close = rest.indexOf('"', valueStart);
        if (close === -1) {
          result.monikerProblems.push({
            severity: 'warn',
            messageId: 'noClosingQuote',
            span: lineSpan,
          });
        } else if (moniker) {
          monikersUnsure = true; // a range inside a range: how the build pairs the ends is not established
        } else {
          if (rest.slice(close + 1).trim() !== '')
            result.monikerProblems.push({ severity: 'warn', messageId: 'textAfterRange', span: lineSpan });
          moniker = { span: lineSpan, colons };
        }
        continue;
      }
    }

    // Zones (TripleColonBlockParser with ZoneExtension): exactly `:::`, then the name.
    if (colons !== 3) continue;
    if (openZone && /^zone-end/i.test(rest)) {
      if (rest.slice('zone-end'.length).trim() !== '')
        result.zoneProblems.push({ severity: 'warn', messageId: 'textAfterEnd', span: openZone });
      openZone = undefined;
      continue;
    }
    const opening = readTripleColonOpening(text, at, false);
    if (opening?.name !== 'zone') continue;
    if (openZone) {
      result.zoneProblems.push({ severity: 'error', messageId: 'nested', span: lineSpan });
      continue;
    }
    if (opening.error) {
      result.zoneProblems.push({
        severity: 'error',
        messageId: 'notRead',
        data: { problem: opening.error.short },
        detail: opening.error.message,
        span: lines.span(opening.error.offset, opening.error.offset),
      });
      continue;
    }
    const problem = zoneAttributeProblem(opening.attributes);
    if (problem) {
      const where = problem.attribute ? lines.span(problem.attribute.nameStart, problem.attribute.valueEnd) : lineSpan;
      result.zoneProblems.push({
        severity: 'error',
        messageId: problem.messageId,
        ...(problem.data ? { data: problem.data } : {}),
        ...(problem.detail ? { detail: problem.detail } : {}),
        span: where,
      });
      continue;
    }
    openZone = lineSpan;
    const pivot = opening.attributes.find((a) => a.name === 'pivot');
    result.zones.push({
      span: lineSpan,
      target: opening.attributes.find((a) => a.name === 'target')?.value ?? '',
      ...(pivot ? { pivot: { value: pivot.value, span: lines.span(pivot.valueStart, pivot.valueEnd) } } : {}),
    });
  }
  if (openZone) result.zoneProblems.push({ severity: 'warn', messageId: 'noEnd', span: openZone });
  if (moniker && !monikersUnsure)
    result.monikerProblems.push({
      severity: 'warn',
      messageId: 'noEnd',
      span: moniker.span,
    });
  if (moniker) result.monikerZones.push({ startLine: moniker.span.start.line, endLine: lines.lineCount });
  return result;
}

/**
 * Flag the references that start inside a moniker range (`ReferenceSummary.monikerZone`): the
 * build renders a range only for the page versions it shares, and drops it before it resolves
 * links otherwise (docfx v3 `MarkdownEngine`: `UseMonikerZone` before `UseResolveLink`;
 * `MonikerZoneExtension` removes a range with no monikers left), which cannot be told without the
 * moniker definitions.
 */
export function markMonikerZones(references: ReferenceSummary[], zones: ContainerBlocks['monikerZones']): void {
  if (zones.length === 0) return;
  for (const reference of references) {
    const line = reference.span.start.line;
    if (zones.some((zone) => line >= zone.startLine && line <= zone.endLine)) reference.monikerZone = true;
  }
}
