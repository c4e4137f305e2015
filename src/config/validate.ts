/** Validate a config object against the schema; the first problem becomes a ConfigError. */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Rule } from '../types.js';
import { closest } from '../text/similar.js';
import { fullSchema } from './schema.js';
import { ConfigError, type ConfigFile } from './types.js';

const cache = new WeakMap<readonly Rule[], ValidateFunction>();

function validatorFor(rules: readonly Rule[]): ValidateFunction {
  let validate = cache.get(rules);
  if (!validate) {
    const ajv = new Ajv2020({ allErrors: false, strict: false });
    validate = ajv.compile(fullSchema(rules));
    cache.set(rules, validate);
  }
  return validate;
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
  (Array.isArray(config.overrides) ? config.overrides : []).forEach((o, i) => ruleMaps.push([`overrides[${i}].rules`, o?.rules]));
  for (const [where, map] of ruleMaps) {
    if (typeof map !== 'object' || map === null) continue;
    for (const id of Object.keys(map)) {
      if (!known.has(id)) {
        const guess = closest(id, [...known]);
        throw new ConfigError(file, `${where}.${id}`, `unknown rule '${id}'${guess ? `, did you mean '${guess}'?` : ''}`);
      }
    }
  }
  const validate = validatorFor(rules);
  if (!validate(value)) throw new ConfigError(file, keyOf(validate.errors?.[0]), messageOf(validate.errors?.[0]));
  return config;
}

function keyOf(error: ErrorObject | undefined): string {
  if (!error) return '';
  const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'additionalProperties') parts.push(String((error.params as { additionalProperty: string }).additionalProperty));
  return parts.reduce((key, part) => (/^\d+$/.test(part) ? `${key}[${part}]` : key ? `${key}.${part}` : part), '');
}

function messageOf(error: ErrorObject | undefined): string {
  if (!error) return 'invalid config';
  switch (error.keyword) {
    case 'additionalProperties':
      return 'unknown key';
    case 'enum':
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'oneOf':
      return "must be a severity ('off', 'warn', 'error') or [severity, options] with valid options";
    default:
      return error.message ?? 'invalid value';
  }
}
