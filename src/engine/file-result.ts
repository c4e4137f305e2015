/** What a lint run gives for one file (`LintResult.results`), and what the run cache keeps of it. */
import type { Finding } from '../types.js';

/** The findings for one file. */
export interface FileResult {
  /** Absolute path. */
  filePath: string;
  /** Path relative to the docset root. */
  path: string;
  /** Root of the docset the file belongs to. */
  docsetRoot: string;
  findings: Finding[];
  errorCount: number;
  warningCount: number;
}
