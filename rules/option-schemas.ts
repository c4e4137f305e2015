/**
 * The TypeBox builders the rules declare their options with (`Type.String`, `Type.Integer`,
 * `Type.Boolean`, `Type.Array`, `Type.Record` with string keys, and `Type.Partial(Type.Object(...))`
 * for `defineRule`), making exactly the schemas TypeBox makes (same keys in the same order, same
 * `Symbol.for('TypeBox.Kind')` marks: `tests/engine/option-schemas.test.ts` compares them), with
 * TypeBox's types, so `Static` still types every rule's options. Why not TypeBox itself: its
 * package is 200 module files that every run loaded twice, in the main thread and in the worker,
 * only to build these few objects (0.05-0.09 s of CPU per thread, most of a `--staged` run's
 * start-up after the parser). A team's rule may still use TypeBox for its options.
 */
import type { Type as TypeBoxType } from '@sinclair/typebox';

/** TypeBox's marks, from the global symbol registry (the same symbols TypeBox uses). */
const Kind = Symbol.for('TypeBox.Kind');
const OptionalKind = Symbol.for('TypeBox.Optional');
const TransformKind = Symbol.for('TypeBox.Transform');

/** Options first, then the schema's own keys: how TypeBox's `CreateType` merges them. */
type Schema = Record<string | symbol, unknown>;
const create = (schema: Schema, options?: object): Schema =>
  options !== undefined ? { ...options, ...schema } : schema;

/** Keys the property lists, as TypeBox lists them: those not marked optional. */
const requiredKeys = (properties: Record<string, Schema>): string[] =>
  Object.keys(properties).filter((key) => properties[key]![OptionalKind] !== 'Optional');

function object(properties: Record<string, Schema>, options?: object): Schema {
  const required = requiredKeys(properties);
  return create(
    required.length > 0
      ? { [Kind]: 'Object', type: 'object', required, properties }
      : { [Kind]: 'Object', type: 'object', properties },
    options,
  );
}

const builders = {
  String: (options?: object) => create({ [Kind]: 'String', type: 'string' }, options),
  Integer: (options?: object) => create({ [Kind]: 'Integer', type: 'integer' }, options),
  Boolean: (options?: object) => create({ [Kind]: 'Boolean', type: 'boolean' }, options),
  Array: (items: Schema, options?: object) => create({ [Kind]: 'Array', type: 'array', items }, options),
  /** A record keyed by any string (a `Type.String()` key without a pattern). */
  Record(key: Schema, value: Schema, options: object = {}): Schema {
    if (key[Kind] !== 'String' || key.pattern !== undefined) throw new TypeError('Type.Record: only string keys');
    return create({ [Kind]: 'Record', type: 'object', patternProperties: { '^(.*)$': value } }, options);
  },
  Object: object,
  /** Every property of an object optional (`required` dropped), with `options` over the result. */
  Partial(type: Schema, options?: object): Schema {
    if (type[Kind] !== 'Object') throw new TypeError('Type.Partial: only objects');
    const properties = type.properties as Record<string, Schema>;
    // TypeBox's `Discard`: a shallow copy without these keys, symbols kept.
    const rest: Schema = { ...type };
    for (const key of [TransformKind, '$id', 'required', 'properties']) delete rest[key];
    const optional: Record<string, Schema> = {};
    for (const key of Object.getOwnPropertyNames(properties))
      optional[key] = { ...properties[key], [OptionalKind]: 'Optional' };
    return { ...create(object(optional, undefined), rest), ...options };
  },
};

/** TypeBox's `Type`, for the builders the rules use. */
export const Type = builders as unknown as Pick<
  typeof TypeBoxType,
  'String' | 'Integer' | 'Boolean' | 'Array' | 'Record' | 'Object' | 'Partial'
>;
