/** A finding's text for formats that have one message field (github, sarif, junit, the summary). */
import type { Finding } from '../types.js';

/** The message, then the detail after a dash when there is one. */
export function fullMessage(finding: Pick<Finding, 'message' | 'detail'>): string {
  return finding.detail ? `${finding.message} - ${finding.detail}` : finding.message;
}
