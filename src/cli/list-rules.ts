/** `--list-rules`: one line a rule, aligned. */
import type { Rule } from '../types.js';

export function listRules(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules
    .map(
      (r) =>
        `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(5)}  ${r.meta.fixable ? 'fix' : '   '}  ${r.meta.description}\n`,
    )
    .join('');
}
