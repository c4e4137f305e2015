/** `defineRule`: fills in what every rule declares the same way, so rule modules stay small. */
import type { FileKind, Rule, RuleMeta, RuleOptions } from '../src/types.js';

/** A rule with no options: an empty, closed options schema. */
export const NO_OPTIONS = { type: 'object', properties: {}, additionalProperties: false } as const;

/** Declare a rule. Options default to none; `fixable` to false. */
export function defineRule<O extends RuleOptions = Record<string, never>>(
  rule: {
    meta: Omit<RuleMeta<O>, 'schema' | 'defaults' | 'fixable'> &
      Partial<Pick<RuleMeta<O>, 'schema' | 'defaults' | 'fixable'>>;
  } & Omit<Rule<O>, 'meta'>,
): Rule<O> {
  return {
    ...rule,
    meta: { schema: NO_OPTIONS, defaults: {} as O, fixable: false, ...rule.meta },
  };
}

/** The kinds of file a rule checks when its metadata names none: the articles. */
export const ARTICLE_KINDS: readonly FileKind[] = ['markdown', 'faq-yaml'];

/** True when a rule checks files of this kind (a TOC gets only the rules that name `toc`). */
export function ruleChecksKind(meta: Pick<RuleMeta, 'fileKinds'>, kind: FileKind): boolean {
  return (meta.fileKinds ?? ARTICLE_KINDS).includes(kind);
}
