/**
 * Parse, summarise and run the per-file rules on one file: a pure function of (path, text,
 * config), so it can run in a worker thread and its result can be cached.
 */
import type { ResolvedConfig } from '../config/types.js';
import { summarise, type Refusal } from '../summary/summarise-file.js';
import type { SummariseFile } from './recent-summaries.js';
import type { Finding, FileSummary, PreviousVersion, RunSettings } from '../types.js';
import { FindingCollector } from './collect.js';
import { fileTooComplex, fileUnreadable } from '../../rules/core/index.js';
import { toFinding } from './findings.js';
import { runFileRules } from './rule-runner.js';
import { BUILT_IN, type RuleSet } from './rule-set.js';

export interface ProcessInput {
  /** Docset-relative POSIX path. */
  path: string;
  text: string;
  config: ResolvedConfig;
  settings: RunSettings;
  /** The file's text at the run's git base, when one is set (an input, so this stays pure). */
  previousText?: string;
}

/** A file's summary (unless it was refused) and per-file findings, at most the cap per rule. */
export interface FileOutput {
  summary?: FileSummary;
  findings: Finding[];
  /** Per rule, findings beyond `MAX_FINDINGS_PER_RULE` (counted, not kept). */
  omitted?: Record<string, number>;
}

/** The output of a file that was summarised. */
export type ProcessOutput = FileOutput & { summary: FileSummary };

/**
 * Summarise one file and run its per-file rules (`rules`: faq-lint's own unless the run was given
 * others); inline comments already silence findings here. Never throws for a rule's failure. A
 * refused file (too large, too complex) gets one finding and no summary, so no other rule reports on it.
 */
export function processFile(
  { path, text, config, settings, previousText }: ProcessInput,
  rules: RuleSet = BUILT_IN,
  summariseFile: SummariseFile = summarise,
): FileOutput {
  const summarised = summariseFile(path, text);
  if (!summarised) throw new Error(`No parser for ${path}`);
  if (!summarised.ok) return { findings: refusalFindings(summarised.refusal, config) };
  const { parsed } = summarised;
  const collector = new FindingCollector(parsed.summary.directives);
  const previous = previousText === undefined ? undefined : previousVersion(path, previousText, summariseFile);
  runFileRules(rules, config, { path, text, parsed, settings, ...(previous ? { previous } : {}) }, collector);
  return { summary: parsed.summary, ...collector.result() };
}

/** The file at the git base; summarised on first use (only rules that compare versions ask). */
function previousVersion(path: string, text: string, summariseFile: SummariseFile): PreviousVersion {
  let summary: { value: FileSummary | undefined } | undefined;
  return {
    text,
    get summary() {
      if (!summary) {
        const summarised = summariseFile(path, text);
        summary = { value: summarised?.ok ? summarised.parsed.summary : undefined };
      }
      return summary.value;
    },
  };
}

/** The one finding of a refused file (none when its rule is off). */
export function refusalFindings(refusal: Refusal, config: ResolvedConfig): Finding[] {
  const rule = config.rules[refusal.ruleId];
  if (!rule) return [];
  const report =
    refusal.ruleId === 'file-unreadable'
      ? { messageId: 'unreadable', data: { reason: refusal.reason } }
      : { messageId: 'refused', data: { reason: refusal.reason } };
  const meta = refusal.ruleId === 'file-unreadable' ? fileUnreadable.meta : fileTooComplex.meta;
  return [toFinding(meta, rule.severity, refusal.detail ? { ...report, detail: refusal.detail } : report)];
}
