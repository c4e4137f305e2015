/**
 * The config JSON schema: a fixed part (schema/config.schema.json, published) and, built from
 * the rule metadata, the rule ids and each rule's options schema.
 */
// Imported, not read at run time, so the bundle carries it inside.
import schema from '../../schema/config.schema.json' with { type: 'json' };
import type { Rule } from '../types.js';

/** The published schema, as shipped in `schema/config.schema.json` (a fresh copy). */
export function publishedSchema(): Record<string, unknown> {
  return structuredClone(schema);
}

const SEVERITY = { enum: ['off', 'warn', 'error', 0, 1, 2] };

/** JSON schema of one rule's setting: a severity, or `[severity, options]`. */
export function ruleSettingSchema(rule: Rule<never> | Rule): Record<string, unknown> {
  return {
    description: rule.meta.description,
    oneOf: [
      SEVERITY,
      { type: 'array', prefixItems: [SEVERITY, rule.meta.schema], items: false, minItems: 1, maxItems: 2 },
    ],
  };
}

/** The `rules` object schema for these rules: every id known, nothing else. */
export function rulesSchema(rules: readonly Rule[]): Record<string, unknown> {
  return {
    type: 'object',
    properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleSettingSchema(rule)])),
    additionalProperties: false,
  };
}

/** The full schema: the published one with `rules` narrowed to the known rules. */
export function fullSchema(rules: readonly Rule[]): Record<string, unknown> {
  const schema = publishedSchema() as { properties: Record<string, unknown>; $defs: Record<string, unknown> };
  const ruleMap = rulesSchema(rules);
  return { ...schema, $defs: { ...schema.$defs, rules: ruleMap } };
}
