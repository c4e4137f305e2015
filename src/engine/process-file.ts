/**
 * Parse, summarise and run the per-file rules on one file: a pure function of (path, text,
 * config), so it can run in a worker thread and its result can be cached.
 */
import { rulesById } from '../../rules/index.js';
import type { ResolvedConfig } from '../config/types.js';
import { LineIndex } from '../parse/positions.js';
import type { Finding, FileKind, FileSummary, RunSettings } from '../types.js';
import { fileKindOf, type ParsedFile } from './file-kinds.js';
import { toFinding } from './findings.js';

export interface ProcessInput {
  /** Docset-relative POSIX path. */
  path: string;
  text: string;
  config: ResolvedConfig;
  settings: RunSettings;
  /** The file's text at the run's git base, when one is set (an input, so this stays pure). */
  previousText?: string;
}

export interface ProcessOutput {
  summary: FileSummary;
  findings: Finding[];
}

/** Summarise one file and run its per-file rules. Never throws for a rule's failure. */
export function processFile({ path, text, config, settings, previousText }: ProcessInput): ProcessOutput {
  const handler = fileKindOf(path, text);
  if (!handler) throw new Error(`No parser for ${path}`);
  const refusal = handler.refuse?.(text);
  if (refusal) return unparsed(path, handler.kind, text, refusal, config);
  let parsed: ParsedFile;
  try {
    parsed = handler.parse(path, text);
  } catch (error) {
    // The pre-scan keeps nesting far below what overflows the stack; this is the last guard.
    if (!(error instanceof RangeError)) throw error;
    return unparsed(path, handler.kind, text, `The parser ran out of stack on this file (${error.message}); faq-lint does not lint it`, config);
  }
  const { tree, summary } = parsed;
  const findings: Finding[] = [];
  for (const [id, { severity, options }] of Object.entries(config.rules)) {
    const rule = rulesById.get(id);
    if (!rule?.check) continue;
    try {
      rule.check({ path, text, tree, summary, options, settings, previousText, report: (report) => findings.push(toFinding(id, severity, report)) });
    } catch (error) {
      findings.push(internalError(id, error));
    }
  }
  return { summary, findings };
}

/** The output for a file the parser refused: an empty summary and one `file-unreadable` finding. */
function unparsed(path: string, kind: FileKind, text: string, reason: string, config: ResolvedConfig): ProcessOutput {
  const lines = new LineIndex(text);
  const summary: FileSummary = { path, kind, metadata: undefined, headings: [], anchors: [], references: [], directives: [], lineCount: lines.lineCount, length: text.length };
  const rule = config.rules['file-unreadable'];
  return { summary, findings: rule ? [toFinding('file-unreadable', rule.severity, { message: reason })] : [] };
}

/** The finding that stands in for a rule that threw. */
export function internalError(ruleId: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return toFinding('internal-error', 'error', { message: `Rule '${ruleId}' failed on this file: ${reason}` });
}
