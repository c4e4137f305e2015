/** Turn a config (or none) into the rule settings for one file. Pure. */
import picomatch from 'picomatch';
import type { Rule, RuleOptions, Severity } from '../types.js';
import type { LoadedConfig, ResolvedConfig, ResolvedRule, RuleSetting } from './types.js';
import { posixRelative } from '../text/posix-path.js';

const SEVERITIES: Record<string, Severity> = {
  off: 'off',
  warn: 'warn',
  error: 'error',
  0: 'off',
  1: 'warn',
  2: 'error',
};

/** A setting's severity and options (options undefined when not given). */
export function parseRuleSetting(setting: RuleSetting): { severity: Severity; options: RuleOptions | undefined } {
  if (Array.isArray(setting)) return { severity: SEVERITIES[String(setting[0])] ?? 'off', options: setting[1] };
  return { severity: SEVERITIES[String(setting)] ?? 'off', options: undefined };
}

/** A rule's setting while resolving, with where its severity and its options were last set. */
interface Setting {
  severity: Severity;
  options: RuleOptions;
  from: string;
}

/** Apply settings (from `source`) over resolved rules: severity replaces, options merge over the rule's defaults. */
function applySettings(
  target: Map<string, Setting>,
  settings: Record<string, RuleSetting> | undefined,
  rules: ReadonlyMap<string, Rule>,
  source: string,
): void {
  for (const [id, setting] of Object.entries(settings ?? {})) {
    const rule = rules.get(id);
    if (!rule) continue;
    const { severity, options } = parseRuleSetting(setting);
    const previous = target.get(id);
    target.set(id, {
      severity,
      options: options ? { ...rule.meta.defaults, ...options } : (previous?.options ?? rule.meta.defaults),
      from: source,
    });
  }
}

/** Extra settings that outrank config files (`--rule id:severity`). */
export type CommandLineRules = Record<string, RuleSetting>;

/**
 * The rules that apply to `file` (absolute): defaults (the recommended preset), then the config's
 * `rules`, then each matching override in order, then the command line.
 */
export function resolveConfig(
  file: string,
  loaded: LoadedConfig | undefined,
  rules: readonly Rule[],
  commandLine: CommandLineRules = {},
): ResolvedConfig {
  const resolved: Record<string, ResolvedRule> = {};
  for (const [id, { severity, options }] of resolveSettings(file, loaded, rules, commandLine)) {
    if (severity !== 'off') resolved[id] = { severity, options };
  }
  return { rules: resolved, sitePrefixes: loaded?.config.sitePrefixes ?? {} };
}

/**
 * Every rule's setting for `file` with where it came from (`--print-config`): `default`, the
 * config file's `rules`, `overrides[i]`, or `--rule`. Rules turned off are included.
 */
export function explainConfig(
  file: string,
  loaded: LoadedConfig | undefined,
  rules: readonly Rule[],
  commandLine: CommandLineRules = {},
): Record<string, Setting> {
  return Object.fromEntries(resolveSettings(file, loaded, rules, commandLine));
}

/** Defaults (the recommended preset), then the config's `rules`, then each matching override in order, then the command line. */
function resolveSettings(
  file: string,
  loaded: LoadedConfig | undefined,
  rules: readonly Rule[],
  commandLine: CommandLineRules,
): Map<string, Setting> {
  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const settings = new Map<string, Setting>();
  for (const rule of rules)
    settings.set(rule.meta.id, { severity: rule.meta.severity, options: rule.meta.defaults, from: 'default' });
  const config = loaded?.config;
  applySettings(settings, config?.rules, byId, `${loaded?.path}: rules`);
  for (const i of matchingOverrides(file, loaded))
    applySettings(settings, config!.overrides![i]!.rules, byId, `${loaded!.path}: overrides[${i}]`);
  applySettings(settings, commandLine, byId, '--rule');
  return settings;
}

/**
 * The indexes of the config's `overrides` that apply to `file` (absolute), in order: with the
 * config itself, all that makes one file's resolved config differ from another's.
 */
export function matchingOverrides(file: string, loaded: LoadedConfig | undefined): number[] {
  const overrides = loaded?.config.overrides;
  if (!loaded || !overrides) return [];
  const relative = posixRelative(loaded.dir, file);
  const matching: number[] = [];
  overrides.forEach((override, i) => {
    if (picomatch(override.files, { dot: true })(relative)) matching.push(i);
  });
  return matching;
}

/** True when the config's `ignores` globs match `file` (absolute). */
export function isIgnoredByConfig(file: string, loaded: LoadedConfig | undefined): boolean {
  const ignores = loaded?.config.ignores;
  if (!loaded || !ignores || ignores.length === 0) return false;
  return picomatch(ignores, { dot: true })(posixRelative(loaded.dir, file));
}
