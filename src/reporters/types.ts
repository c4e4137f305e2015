/** What every reporter receives and returns. */
import type { LintResult } from '../engine/lint.js';
import type { Rule } from '../types.js';

export interface ReportContext {
  /** The folder paths are shown relative to. */
  cwd: string;
  /**
   * The folder CI formats (sarif, github, junit) make paths relative to: `GITHUB_WORKSPACE`
   * when set, else the git work tree containing `cwd`, else `cwd`. Defaults to `cwd`.
   */
  root?: string;
  /** Colours allowed (see `colorWanted`: a terminal, NO_COLOR and FORCE_COLOR). */
  color: boolean;
  /** `--quiet`: errors only (results are already filtered; reporters may say so). */
  quiet: boolean;
  /** Every rule faq-lint has, for formats that describe rules (SARIF). */
  rules: readonly Rule[];
}

/** A reporter turns a lint result into the text of one output. */
export type Reporter = (result: LintResult, context: ReportContext) => string;
