/**
 * The rules of a run: faq-lint's own (`allRules`), or those given to `lint({ rules })`. Config
 * files, `--rule`, inline comments and the runner all look rules up here, so a custom rule is
 * configured, silenced and run exactly like a built-in one.
 */
import { allRules } from '../../rules/index.js';
import type { Rule } from '../types.js';

/** A rule id: lower-case words joined by hyphens, optionally `plugin/` first (`my-team/no-tbd`). */
const RULE_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class RuleSet {
  private readonly byId: ReadonlyMap<string, Rule>;

  /** Throws TypeError for two rules with one id, or an id that is not lower-case words. */
  constructor(readonly rules: readonly Rule[]) {
    const byId = new Map<string, Rule>();
    for (const rule of rules) {
      const id = rule.meta.id;
      if (!RULE_ID.test(id))
        throw new TypeError(`Rule id '${id}' must be lower-case words joined by hyphens (optionally 'plugin/' first)`);
      if (byId.has(id) && byId.get(id) !== rule) throw new TypeError(`Two rules have the id '${id}'`);
      byId.set(id, rule);
    }
    this.byId = byId;
  }

  /** The rule with this id, if the set has it. */
  get(id: string): Rule | undefined {
    return this.byId.get(id);
  }

  /** Every id, in the set's order. */
  ids(): ReadonlySet<string> {
    return new Set(this.byId.keys());
  }

  /**
   * True when every rule is one of faq-lint's own: worker threads load those themselves, so only
   * such a set runs the per-file stage in workers (and uses the cache).
   */
  get builtIn(): boolean {
    return this.rules.every((rule) => BUILT_IN.get(rule.meta.id) === rule);
  }
}

/** faq-lint's own rules. */
export const BUILT_IN = new RuleSet(allRules);
