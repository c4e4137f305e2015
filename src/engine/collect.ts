/**
 * Collecting one file's findings as rules report them: findings silenced by an inline comment
 * are dropped at once, and each rule keeps at most `MAX_FINDINGS_PER_RULE`, the rest only
 * counted. A file with 400,000 broken links costs 100 findings of memory and output, plus one
 * "and 399,900 more" line, not 400,000.
 */
import type { DirectiveSummary, Finding } from '../types.js';
import { isSilenced, orderDirectives } from './directives.js';

/** The most findings one rule reports for one file; the rest are counted in one last finding. */
export const MAX_FINDINGS_PER_RULE = 100;

/** Findings kept, and per rule how many more there were. */
export interface CollectedFindings {
  findings: Finding[];
  omitted?: Record<string, number>;
}

export class FindingCollector {
  readonly findings: Finding[] = [];
  private readonly omitted = new Map<string, number>();
  private readonly counts = new Map<string, number>();
  private readonly directives: DirectiveSummary[];

  /** `directives`: the file's inline comments; `previous`: findings collected earlier (per-file stage). */
  constructor(directives: readonly DirectiveSummary[] = [], previous?: CollectedFindings) {
    this.directives = orderDirectives(directives);
    for (const finding of previous?.findings ?? []) this.keep(finding);
    for (const [ruleId, count] of Object.entries(previous?.omitted ?? {}))
      this.omitted.set(ruleId, (this.omitted.get(ruleId) ?? 0) + count);
  }

  /** Add a finding unless an inline comment silences it. */
  add(finding: Finding): void {
    if (this.directives.length > 0 && isSilenced(finding, this.directives)) return;
    this.keep(finding);
  }

  private keep(finding: Finding): void {
    const count = this.counts.get(finding.ruleId) ?? 0;
    if (count >= MAX_FINDINGS_PER_RULE) {
      this.omitted.set(finding.ruleId, (this.omitted.get(finding.ruleId) ?? 0) + 1);
      return;
    }
    this.counts.set(finding.ruleId, count + 1);
    this.findings.push(finding);
  }

  /** What was collected (plain data: it crosses a worker boundary and is cached). */
  result(): CollectedFindings {
    return this.omitted.size === 0
      ? { findings: this.findings }
      : { findings: this.findings, omitted: Object.fromEntries(this.omitted) };
  }
}

/**
 * `findings` (sorted) followed by one finding per rule that had more than the cap, where its
 * last shown finding is, saying how many more there were; and the counts, omitted ones included
 * (so `--max-warnings` and the exit code see every finding).
 */
export function withOmitted(
  findings: Finding[],
  omitted: Record<string, number> | undefined,
): { findings: Finding[]; errorCount: number; warningCount: number } {
  let errorCount = 0;
  for (const finding of findings) if (finding.severity === 2) errorCount++;
  let warningCount = findings.length - errorCount;
  const out = [...findings];
  for (const [ruleId, count] of Object.entries(omitted ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const last = findings.findLast((f) => f.ruleId === ruleId);
    if (!last) continue;
    if (last.severity === 2) errorCount += count;
    else warningCount += count;
    out.push({
      ruleId,
      severity: last.severity,
      message: `${count} more '${ruleId}' finding${count === 1 ? '' : 's'} in this file ${count === 1 ? 'is' : 'are'} not shown (at most ${MAX_FINDINGS_PER_RULE} per rule and file)`,
      line: last.line,
      column: last.column,
      endLine: last.endLine,
      endColumn: last.endColumn,
    });
  }
  return { findings: out, errorCount, warningCount };
}
