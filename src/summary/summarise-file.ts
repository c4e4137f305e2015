/**
 * The one guarded step that turns a file's text into a syntax tree and summary. Every place that
 * parses goes through it (a linted file, a link target or include, the git base of a file, the
 * changed-files selection, the remark plugin), so a file gets the same treatment wherever it is
 * met: the size cap, the pre-scan of shapes the parser cannot handle in reasonable time, and the
 * stack-overflow guard. The time and memory limits are enforced around it, by running it in a
 * worker thread (`src/engine/guard.ts`).
 */
import { TooComplexError } from '../parse/complexity.js';
import { fileKindOf } from '../source/file-kinds.js';
import { MAX_FILE_BYTES, overLimit } from '../source/read.js';
import type { FileKind, FileSummary, ParsedFile } from '../types.js';
import { PARSERS } from './parse-file.js';

/** Why a file is not summarised: the rule that says so, a short reason and where or why (the detail). */
export interface Refusal {
  ruleId: 'file-unreadable' | 'file-too-complex';
  reason: string;
  detail?: string;
}

export type Summarised = { ok: true; parsed: ParsedFile; kind: FileKind } | { ok: false; refusal: Refusal };

/**
 * Parse and summarise a file, or refuse it. Undefined when faq-lint does not lint files of its
 * kind (a `.txt`, a `.yml` that is not a structured FAQ).
 */
export function summarise(path: string, text: string): Summarised | undefined {
  const kind = fileKindOf(path, text);
  if (!kind) return undefined;
  const refusal = refusalOf(kind, text);
  if (refusal) return { ok: false, refusal };
  try {
    return { ok: true, parsed: PARSERS[kind].parse(path, text), kind };
  } catch (error) {
    if (error instanceof TooComplexError)
      return {
        ok: false,
        refusal: { ruleId: 'file-too-complex', reason: error.problem.message, detail: error.problem.detail },
      };
    // The pre-scan keeps nesting far below what overflows the stack; this is the last guard.
    if (!(error instanceof RangeError)) throw error;
    return {
      ok: false,
      refusal: {
        ruleId: 'file-too-complex',
        reason: 'The parser ran out of stack on this file',
        detail: `${error.message}; faq-lint does not lint it`,
      },
    };
  }
}

/** Why `text` must not be parsed as a file of `kind`: too large (texts from git or an editor, not only from disk), or the pre-scan. */
export function refusalOf(kind: FileKind, text: string): Refusal | undefined {
  // Characters are at least one byte each: more characters than the cap is more bytes too.
  if (text.length > MAX_FILE_BYTES || Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES)
    return { ruleId: 'file-unreadable', reason: overLimit() };
  const problem = PARSERS[kind].refuse?.(text);
  return problem === undefined
    ? undefined
    : { ruleId: 'file-too-complex', reason: problem.message, detail: problem.detail };
}

/** Just the summary, or undefined when the file is refused or of no kind faq-lint lints. */
export function summaryOf(path: string, text: string): FileSummary | undefined {
  const summarised = summarise(path, text);
  return summarised?.ok ? summarised.parsed.summary : undefined;
}
