/**
 * `defineRule`: how every rule, faq-lint's own or a team's, is declared. A rule states its
 * metadata next to its check, ESLint-style:
 *
 * - `options`: each option once, as a TypeBox schema with its `default` and `description`
 *   (`Type.Integer({ minimum: 1, default: 365, description: '...' })`). The options type the
 *   check sees, the JSON schema config files are validated against, and the defaults all come
 *   from that one declaration.
 * - `messages`: every message the rule reports, by id, with `{{placeholders}}`; the check reports
 *   `{ messageId, data }` (typed against the ids), so tests assert ids and data, not prose.
 */
import type { Static, TObject, TProperties, TSchema } from '@sinclair/typebox';
import { Type } from './option-schemas.js';
import type { DocsetContext, FileContext, FileKind, Rule, RuleMeta, Severity } from '../src/types.js';

/** What a rule declares: its metadata, and one or both checks. */
export interface RuleDeclaration<P extends TProperties, M extends string> {
  meta: {
    /** Rule id: lower-case words joined by hyphens (a team's own: `team/rule-name`). */
    id: string;
    /** The rule family: its folder under `rules/` (links, metadata, faq, core; a team's own name). */
    family: string;
    /** One line, shown by `--list-rules` and in the README's rules table. */
    description: string;
    /** Severity when the config does not set one. */
    severity: Severity;
    /** True when some findings carry a `fix` (default false). */
    fixable?: boolean;
    /** Every message the rule reports, by id: `{{name}}` is replaced by `data.name`. */
    messages: Record<M, string>;
    /** The options, each with a `default` (default: none). */
    options?: P;
    /** The kinds of file the rule checks (default: the articles, `markdown` and `faq-yaml`). */
    fileKinds?: readonly FileKind[];
  };
  /** Per-file check over the syntax tree (runs where the file is parsed, cacheable). */
  check?(this: void, context: FileContext<Static<TObject<P>>, M>): void;
  /** Cross-file check over summaries (runs once the whole docset is summarised). */
  checkDocset?(this: void, context: DocsetContext<Static<TObject<P>>, M>): void;
}

/** Declare a rule. Throws TypeError for an option without a default (a rule module fails to load). */
export function defineRule<const P extends TProperties = Record<never, TSchema>, const M extends string = never>(
  declaration: RuleDeclaration<P, M>,
): Rule<Static<TObject<P>>, M> {
  const { options = {} as P, fixable = false, ...rest } = declaration.meta;
  const defaults: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(options)) {
    const value: unknown = schema.default;
    if (value === undefined) throw new TypeError(`Rule '${rest.id}': option '${name}' has no default`);
    defaults[name] = value;
  }
  const meta: RuleMeta<Static<TObject<P>>, M> = {
    ...rest,
    fixable,
    // A config sets any subset of the options: the rest keep their defaults.
    schema: Type.Partial(Type.Object(options), { additionalProperties: false }),
    defaults: defaults as Static<TObject<P>>,
  };
  const rule: Rule<Static<TObject<P>>, M> = { meta };
  if (declaration.check) rule.check = declaration.check;
  if (declaration.checkDocset) rule.checkDocset = declaration.checkDocset;
  return rule;
}

/** The kinds of file a rule checks when its metadata names none: the articles. */
export const ARTICLE_KINDS: readonly FileKind[] = ['markdown', 'faq-yaml'];

/** True when a rule checks files of this kind (a TOC gets only the rules that name `toc`). */
export function ruleChecksKind(meta: Pick<RuleMeta, 'fileKinds'>, kind: FileKind): boolean {
  return (meta.fileKinds ?? ARTICLE_KINDS).includes(kind);
}
