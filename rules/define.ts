/** `defineRule`: fills in what every rule declares the same way, so rule modules stay small. */
import type { Rule, RuleMeta, RuleOptions } from '../src/types.js';

/** A rule with no options: an empty, closed options schema. */
export const NO_OPTIONS = { type: 'object', properties: {}, additionalProperties: false } as const;

/** Declare a rule. Options default to none; `fixable` to false. */
export function defineRule<O extends RuleOptions = Record<string, never>>(
  rule: { meta: Omit<RuleMeta<O>, 'schema' | 'defaults' | 'fixable'> & Partial<Pick<RuleMeta<O>, 'schema' | 'defaults' | 'fixable'>> } & Omit<Rule<O>, 'meta'>,
): Rule<O> {
  return {
    ...rule,
    meta: { schema: NO_OPTIONS, defaults: {} as O, fixable: false, ...rule.meta },
  };
}
