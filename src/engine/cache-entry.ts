/**
 * What a cache entry must look like to be used. The cache file is data anyone with write access
 * to its folder can change (a pull request can commit one), and its findings are printed: an
 * entry is used only when every field has the shape and type the engine makes, every rule id is
 * known, and every message is one printable line. Anything else is dropped as if never cached.
 */
import type { FileSummary, Finding, Span } from '../types.js';
import { printable } from '../text/printable.js';

/** One file's cached work. */
export interface CacheEntry {
  /** Content hash of the file's text. */
  hash: string;
  /** Docset-relative path the summary was made for (paths appear in summaries). */
  path: string;
  summary: FileSummary;
  /** Per-file findings, with the key of the inputs (config, settings) they were made with. */
  findings?: { key: string; findings: Finding[]; omitted?: Record<string, number> };
}

type Check = (value: unknown) => boolean;

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
export const isCount = (value: unknown, min = 0): boolean => Number.isSafeInteger(value) && (value as number) >= min;
export const isLine: Check = (value) => typeof value === 'string' && printable(value) === value;
const arrayOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item);
const oneOf =
  (...values: unknown[]): Check =>
  (value) =>
    values.includes(value);
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);

const isPoint: Check = (value) =>
  isObject(value) && isCount(value.line, 1) && isCount(value.column, 1) && isCount(value.offset);
const isSpan: Check = (value) =>
  isObject(value) && isPoint((value as unknown as Span).start) && isPoint((value as unknown as Span).end);

/** An object whose listed fields pass their checks (other fields are allowed: summaries grow). */
const shape = (fields: Record<string, Check>): Check => {
  // Listed once: a cache entry has hundreds of spans, each checked through here.
  const checks = Object.entries(fields);
  return (value) => isObject(value) && checks.every(([key, check]) => check(value[key]));
};

const isMetadata = shape({
  span: isSpan,
  entries: arrayOf(shape({ key: isString, keySpan: isSpan, valueSpan: isSpan, source: isString, kind: isString })),
  problems: arrayOf(shape({ message: isString, span: isSpan })),
});

const isEntryValue = shape({ value: isString, span: isSpan });

const isSummary = shape({
  path: isString,
  kind: oneOf('markdown', 'faq-yaml', 'toc', 'redirection'),
  metadata: optional(isMetadata),
  headings: arrayOf(
    shape({ depth: (d) => isCount(d, 1) && (d as number) <= 6, text: isString, id: optional(isString), span: isSpan }),
  ),
  anchors: arrayOf(shape({ id: isString, span: isSpan, source: oneOf('html', 'div') })),
  references: arrayOf(
    shape({
      kind: isString,
      url: isString,
      span: isSpan,
      block: optional((b) => typeof b === 'boolean'),
      monikerZone: optional((b) => b === true),
    }),
  ),
  directives: arrayOf(
    shape({
      type: oneOf('disable', 'enable', 'disable-line', 'disable-next-line'),
      ruleIds: arrayOf(isString),
      span: isSpan,
    }),
  ),
  zonePivots: optional(arrayOf(shape({ value: isString, span: isSpan }))),
  redirectionEntries: optional(
    arrayOf(
      shape({
        span: isSpan,
        sourcePath: optional(isEntryValue),
        sourcePathFromRoot: optional(isEntryValue),
        redirectUrl: optional(isEntryValue),
        redirectDocumentId: (b) => typeof b === 'boolean',
        hasMonikers: (b) => typeof b === 'boolean',
      }),
    ),
  ),
  lineCount: (n) => isCount(n, 1),
  length: (n) => isCount(n),
});

/** A finding as the engine makes it, for a known rule. */
export function isFinding(value: unknown, knownRules: ReadonlySet<string>): boolean {
  if (!isObject(value)) return false;
  const positions =
    isCount(value.line, 1) && isCount(value.column, 1) && isCount(value.endLine, 1) && isCount(value.endColumn, 1);
  const fix =
    value.fix === undefined ||
    (isObject(value.fix) &&
      Array.isArray(value.fix.range) &&
      value.fix.range.length === 2 &&
      value.fix.range.every((n) => isCount(n)) &&
      isString(value.fix.text));
  const data =
    value.data === undefined ||
    (isObject(value.data) && Object.values(value.data).every((v) => isLine(v) || Number.isFinite(v)));
  return (
    typeof value.ruleId === 'string' &&
    knownRules.has(value.ruleId) &&
    (value.severity === 1 || value.severity === 2) &&
    isLine(value.message) &&
    optional(isLine)(value.messageId) &&
    data &&
    optional(isLine)(value.detail) &&
    positions &&
    fix &&
    optional(arrayOf(isString))(value.suggestions)
  );
}

/** True when `value` can be used as the cache entry of a file. */
export function isCacheEntry(value: unknown, knownRules: ReadonlySet<string>): value is CacheEntry {
  if (
    !isObject(value) ||
    !isString(value.hash) ||
    !isString(value.path) ||
    !isSummary(value.summary) ||
    (value.summary as FileSummary).path !== value.path
  )
    return false;
  const findings = value.findings;
  if (findings === undefined) return true;
  if (!isObject(findings) || !isString(findings.key) || !Array.isArray(findings.findings)) return false;
  const omitted = findings.omitted;
  if (
    omitted !== undefined &&
    !(isObject(omitted) && Object.entries(omitted).every(([id, n]) => knownRules.has(id) && isCount(n, 1)))
  )
    return false;
  return findings.findings.every((finding) => isFinding(finding, knownRules));
}
