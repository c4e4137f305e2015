/** The rules' option builders make exactly the schemas TypeBox makes (rules/option-schemas.ts). */
import { Type as TypeBox } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { Type } from '../../rules/option-schemas.js';

/** Every own key, symbols included, in order, recursively: what must be equal for the schemas to be the same. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Reflect.ownKeys(value).map((key) => [
    String(key),
    canonical((value as Record<string | symbol, unknown>)[key]),
  ]);
}

const same = (ours: unknown, theirs: unknown): void => {
  expect(canonical(ours)).toEqual(canonical(theirs));
  expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
};

describe('option schemas without TypeBox', () => {
  it('each builder makes what TypeBox makes, with and without options', () => {
    const text = { minLength: 1, default: 'x', description: 'A text.' };
    same(Type.String(), TypeBox.String());
    same(Type.String(text), TypeBox.String(text));
    same(
      Type.Integer({ minimum: 1, default: 365, description: 'Days.' }),
      TypeBox.Integer({ minimum: 1, default: 365, description: 'Days.' }),
    );
    same(Type.Boolean({ default: true }), TypeBox.Boolean({ default: true }));
    same(
      Type.Array(Type.String(text), { default: [], uniqueItems: true }),
      TypeBox.Array(TypeBox.String(text), { default: [], uniqueItems: true }),
    );
    same(Type.Array(Type.Integer()), TypeBox.Array(TypeBox.Integer()));
    same(
      Type.Record(Type.String(), Type.String(), { default: {}, description: 'Map.' }),
      TypeBox.Record(TypeBox.String(), TypeBox.String(), { default: {}, description: 'Map.' }),
    );
    same(Type.Record(Type.String(), Type.Integer()), TypeBox.Record(TypeBox.String(), TypeBox.Integer()));
    same(
      Type.Object({ a: Type.String(), b: Type.Integer() }),
      TypeBox.Object({ a: TypeBox.String(), b: TypeBox.Integer() }),
    );
    same(Type.Object({}, { description: 'None.' }), TypeBox.Object({}, { description: 'None.' }));
  });

  it('Partial of an Object: every property optional, required dropped, options over the result', () => {
    const ours = Type.Object(
      { a: Type.String({ default: 'a' }), b: Type.Array(Type.String(), { default: [] }) },
      { $id: 'x', description: 'd' },
    );
    const theirs = TypeBox.Object(
      { a: TypeBox.String({ default: 'a' }), b: TypeBox.Array(TypeBox.String(), { default: [] }) },
      { $id: 'x', description: 'd' },
    );
    same(Type.Partial(ours, { additionalProperties: false }), TypeBox.Partial(theirs, { additionalProperties: false }));
    same(Type.Partial(Type.Object({})), TypeBox.Partial(TypeBox.Object({})));
    // A team's rule declares its options with TypeBox itself: defineRule's Partial treats them the same.
    const team = { level: TypeBox.Union([TypeBox.Literal('low'), TypeBox.Literal('high')], { default: 'low' }) };
    same(
      Type.Partial(Type.Object(team), { additionalProperties: false }),
      TypeBox.Partial(TypeBox.Object(team), { additionalProperties: false }),
    );
  });

  it("every built-in rule's config schema is the one TypeBox builds from its options", () => {
    const optional = Symbol.for('TypeBox.Optional');
    for (const rule of allRules) {
      const properties = (rule.meta.schema as { properties: Record<string, Record<string | symbol, unknown>> })
        .properties;
      const options = Object.fromEntries(
        Object.entries(properties).map(([name, schema]) => {
          const plain = { ...schema };
          delete plain[optional];
          return [name, plain];
        }),
      );
      same(rule.meta.schema, TypeBox.Partial(TypeBox.Object(options as never), { additionalProperties: false }));
    }
  });

  it('refuses what it does not build (a Record keyed by a pattern, Partial of a non-object)', () => {
    expect(() => Type.Record(Type.String({ pattern: '^a' }), Type.String())).toThrow(TypeError);
    expect(() => Type.Partial(Type.String() as never)).toThrow(TypeError);
  });
});
