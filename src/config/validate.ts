/** Validate a config object against the schema; the first problem becomes a ConfigError. */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Rule } from '../types.js';
import { closest } from '../text/similar.js';
import { fullSchema } from './schema.js';
import { ConfigError, type ConfigFile } from './types.js';

const ajv = new Ajv2020({ allErrors: false, strict: false });
const configValidators = new WeakMap<readonly Rule[], ValidateFunction>();
const optionValidators = new WeakMap<Rule, ValidateFunction>();

function validatorFor(rules: readonly Rule[]): ValidateFunction {
  let validate = configValidators.get(rules);
  if (!validate) {
    // Each rule set (faq-lint's own, or with a team's rules) has its own schema: without the
    // published `$id`, which ajv allows once.
    const schema = fullSchema(rules);
    delete schema.$id;
    configValidators.set(rules, (validate = ajv.compile(schema)));
  }
  return validate;
}

function optionsValidatorFor(rule: Rule): ValidateFunction {
  let validate = optionValidators.get(rule);
  if (!validate) optionValidators.set(rule, (validate = ajv.compile(rule.meta.schema)));
  return validate;
}

const SEVERITIES = new Set<unknown>(['off', 'warn', 'error', 0, 1, 2]);

/** Check one rule setting; precise messages for the two usual mistakes (severity, options). */
function checkRuleSetting(rule: Rule, setting: unknown, key: string, file: string): void {
  const severity: unknown = Array.isArray(setting) ? (setting as unknown[])[0] : setting;
  if (!SEVERITIES.has(severity))
    throw new ConfigError(
      file,
      key,
      `severity must be 'off', 'warn' or 'error' (or 0, 1, 2), got ${JSON.stringify(severity)}`,
    );
  if (!Array.isArray(setting) || setting.length < 2) return;
  if (setting.length > 2) throw new ConfigError(file, key, 'takes [severity, options]');
  const validate = optionsValidatorFor(rule);
  if (!validate(setting[1])) {
    const error = validate.errors?.[0];
    const optionKey = keyOf(error);
    throw new ConfigError(
      file,
      `${key}[1]${optionKey ? `.${optionKey}` : ''}`,
      error?.keyword === 'additionalProperties' ? `unknown option for rule '${rule.meta.id}'` : messageOf(error),
    );
  }
}

/** Check a config; throws ConfigError naming `file` and the offending key. */
export function validateConfig(value: unknown, file: string, rules: readonly Rule[]): ConfigFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(file, '', 'a config must be an object');
  }
  const known = new Set(rules.map((r) => r.meta.id));
  const config = value as ConfigFile;
  // Unknown rule ids first: the most common mistake gets the clearest message.
  const ruleMaps: [string, Record<string, unknown> | undefined][] = [['rules', config.rules]];
  (Array.isArray(config.overrides) ? config.overrides : []).forEach((o, i) =>
    ruleMaps.push([`overrides[${i}].rules`, o?.rules]),
  );
  for (const [where, map] of ruleMaps) {
    if (typeof map !== 'object' || map === null) continue;
    for (const [id, setting] of Object.entries(map)) {
      const rule = rules.find((r) => r.meta.id === id);
      if (!rule) {
        const guess = closest(id, [...known]);
        throw new ConfigError(
          file,
          `${where}.${id}`,
          `unknown rule '${id}'${guess ? `, did you mean '${guess}'?` : ''}`,
        );
      }
      checkRuleSetting(rule, setting, `${where}.${id}`, file);
    }
  }
  const validate = validatorFor(rules);
  if (!validate(value)) throw new ConfigError(file, keyOf(validate.errors?.[0]), messageOf(validate.errors?.[0]));
  return config;
}

function keyOf(error: ErrorObject | undefined): string {
  if (!error) return '';
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties')
    parts.push(String((error.params as { additionalProperty: string }).additionalProperty));
  return parts.reduce((key, part) => (/^\d+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part), '');
}

function messageOf(error: ErrorObject | undefined): string {
  if (!error) return 'invalid config';
  switch (error.keyword) {
    case 'additionalProperties':
      return 'unknown key';
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return error.message ?? 'invalid value';
  }
}
