/**
 * The one rule runner. Every place that runs rules goes through it: the per-file stage (in a
 * worker, `process-file.ts`), the cross-file stage (`cross-file.ts`), the remark plugin and the
 * language server. It runs each rule the resolved config enables, with its severity and options,
 * turns what the rule reports into findings, and turns a rule that throws into an
 * `internal-error` finding (at that rule's configured severity; none when it is off), never a
 * crash. `finishFindings` then applies the file's inline comments, the cap and the order.
 */
import type { ResolvedConfig } from '../config/types.js';
import type {
  DirectiveSummary,
  DocsetView,
  FileContext,
  DocsetContext,
  Finding,
  Report,
  Rule,
  RunSettings,
  UncheckedBookmark,
  UncheckedZoneLink,
  FileKind,
  FileSummary,
  ParsedFile,
  PreviousVersion,
} from '../types.js';
import { internalError as internalErrorRule } from '../../rules/core/index.js';
import { ruleChecksKind } from '../../rules/define.js';
import { FindingCollector, withOmitted, type CollectedFindings } from './collect.js';
import { applyDirectives } from './directives.js';
import { compareFindings, toFinding } from './findings.js';
import type { RuleSet } from './rule-set.js';

/** What the per-file rules of one file see. */
export interface FileInput {
  /** Docset-relative POSIX path. */
  path: string;
  text: string;
  parsed: ParsedFile;
  settings: RunSettings;
  previous?: PreviousVersion;
}

/** What the cross-file rules of one file see. */
export interface DocsetInput {
  path: string;
  summary: FileSummary;
  docset: DocsetView;
  settings: RunSettings;
  /** Checks left undone, for the run's notes (the remark plugin has no run to tell). */
  notChecked?: (unchecked: UncheckedBookmark | UncheckedZoneLink) => void;
}

/** Run each enabled rule that has a `stage` check for files of this kind; `call` gives it its context. */
function runStage(
  stage: 'check' | 'checkDocset',
  kind: FileKind,
  rules: RuleSet,
  config: ResolvedConfig,
  collector: FindingCollector,
  call: (rule: Rule, options: ResolvedConfig['rules'][string]['options'], report: (report: Report) => void) => void,
): void {
  for (const [id, { severity, options }] of Object.entries(config.rules)) {
    const rule = rules.get(id);
    if (!rule?.[stage] || !ruleChecksKind(rule.meta, kind)) continue;
    try {
      call(rule, options, (report) => collector.add(toFinding(rule.meta, severity, report)));
    } catch (error) {
      const finding = internalError(id, error, config);
      if (finding) collector.add(finding);
    }
  }
}

/** The per-file stage of one file: every enabled rule's `check`. */
export function runFileRules(
  rules: RuleSet,
  config: ResolvedConfig,
  input: FileInput,
  collector: FindingCollector,
): void {
  const { path, text, parsed, settings, previous } = input;
  runStage('check', parsed.summary.kind, rules, config, collector, (rule, options, report) => {
    const context: FileContext = { path, text, tree: parsed.tree, summary: parsed.summary, options, settings, report };
    if (previous) context.previous = previous;
    rule.check!(context);
  });
}

/** The cross-file stage of one file: every enabled rule's `checkDocset`. */
export function runDocsetRules(
  rules: RuleSet,
  config: ResolvedConfig,
  input: DocsetInput,
  collector: FindingCollector,
): void {
  const { path, summary, docset, settings, notChecked = () => {} } = input;
  runStage('checkDocset', summary.kind, rules, config, collector, (rule, options, report) => {
    const context: DocsetContext = { path, summary, docset, options, settings, report, notChecked };
    rule.checkDocset!(context);
  });
}

/**
 * A file's final findings from what its stages collected: inline comments applied (and an
 * `inline-config-invalid` finding for each unknown rule id they name), at most the cap per rule,
 * sorted, then one "N more" finding per rule over the cap; with the counts.
 */
export function finishFindings(
  collected: CollectedFindings,
  directives: readonly DirectiveSummary[],
  rules: RuleSet,
  config: ResolvedConfig,
): { findings: Finding[]; errorCount: number; warningCount: number } {
  const applied = applyDirectives(
    collected.findings,
    [...directives],
    rules.ids(),
    config.rules['inline-config-invalid']?.severity,
  );
  // Unknown rule ids in comments are capped like any finding.
  const capped = new FindingCollector([], { findings: applied, omitted: collected.omitted }).result();
  return withOmitted(capped.findings.sort(compareFindings), capped.omitted);
}

/** The finding that stands in for a rule that threw: `internal-error` at its configured severity, none when it is off. */
export function internalError(ruleId: string, error: unknown, config: ResolvedConfig): Finding | undefined {
  const setting = config.rules['internal-error'];
  if (!setting) return undefined;
  const reason = error instanceof Error ? error.message : String(error);
  return toFinding(internalErrorRule.meta, setting.severity, { messageId: 'failed', data: { ruleId, reason } });
}
