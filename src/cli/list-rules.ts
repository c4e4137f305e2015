/** `--list-rules`: one line a rule, aligned. */
import type { Rule } from '../types.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules differ in their options type
export function listRules(rules: readonly Rule<any>[]): string {
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return rules
    .map(
      (r) =>
        `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(5)}  ${r.meta.fixable ? 'fix' : '   '}  ${r.meta.description}\n`,
    )
    .join('');
}
