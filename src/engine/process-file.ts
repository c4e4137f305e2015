/**
 * Parse, summarise and run the per-file rules on one file: a pure function of (path, text,
 * config), so it can run in a worker thread and its result can be cached.
 */
import { rulesById } from '../../rules/index.js';
import type { ResolvedConfig } from '../config/types.js';
import type { Finding, FileSummary, RunSettings } from '../types.js';
import { fileKindOf } from './file-kinds.js';
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
  const { tree, summary } = handler.parse(path, text);
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

/** The finding that stands in for a rule that threw. */
export function internalError(ruleId: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return toFinding('internal-error', 'error', { message: `Rule '${ruleId}' failed on this file: ${reason}` });
}
