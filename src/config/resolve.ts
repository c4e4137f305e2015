/** Turn a config (or none) into the rule settings for one file. Pure. */
import picomatch from 'picomatch';
import type { Rule, RuleOptions, Severity } from '../types.js';
import type { LoadedConfig, ResolvedConfig, ResolvedRule, RuleSetting } from './types.js';
import { posixRelative } from '../text/posix-path.js';

const SEVERITIES: Record<string, Severity> = { off: 'off', warn: 'warn', error: 'error', 0: 'off', 1: 'warn', 2: 'error' };

/** A setting's severity and options (options undefined when not given). */
export function parseRuleSetting(setting: RuleSetting): { severity: Severity; options: RuleOptions | undefined } {
  if (Array.isArray(setting)) return { severity: SEVERITIES[String(setting[0])] ?? 'off', options: setting[1] };
  return { severity: SEVERITIES[String(setting)] ?? 'off', options: undefined };
}

/** Apply settings over resolved rules: severity replaces, options merge over the rule's defaults. */
function applySettings(target: Map<string, { severity: Severity; options: RuleOptions }>, settings: Record<string, RuleSetting> | undefined, rules: ReadonlyMap<string, Rule>): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const rule = rules.get(id);
    if (!rule) continue;
    const { severity, options } = parseRuleSetting(setting);
    const previous = target.get(id);
    target.set(id, { severity, options: options ? { ...rule.meta.defaults, ...options } : (previous?.options ?? rule.meta.defaults) });
  }
}

/** Extra settings that outrank config files (`--rule id:severity`). */
export type CommandLineRules = Record<string, RuleSetting>;

/**
 * The rules that apply to `file` (absolute): defaults (the recommended preset), then the config's
 * `rules`, then each matching override in order, then the command line.
 */
export function resolveConfig(file: string, loaded: LoadedConfig | undefined, rules: readonly Rule[], commandLine: CommandLineRules = {}): ResolvedConfig {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const settings = new Map<string, { severity: Severity; options: RuleOptions }>();
  for (const rule of rules) settings.set(rule.meta.id, { severity: rule.meta.severity, options: rule.meta.defaults });
  const config = loaded?.config;
  applySettings(settings, config?.rules, byId);
  if (loaded && config?.overrides) {
    const relative = posixRelative(loaded.dir, file);
    for (const override of config.overrides) {
      if (picomatch(override.files, { dot: true })(relative)) applySettings(settings, override.rules, byId);
    }
  }
  applySettings(settings, commandLine, byId);
  const resolved: Record<string, ResolvedRule> = {};
  for (const [id, { severity, options }] of settings) {
    if (severity !== 'off') resolved[id] = { severity, options };
  }
  return { rules: resolved, sitePrefixes: config?.sitePrefixes ?? {} };
}

/** True when the config's `ignores` globs match `file` (absolute). */
export function isIgnoredByConfig(file: string, loaded: LoadedConfig | undefined): boolean {
  const ignores = loaded?.config.ignores;
  if (!loaded || !ignores || ignores.length === 0) return false;
  return picomatch(ignores, { dot: true })(posixRelative(loaded.dir, file));
}

