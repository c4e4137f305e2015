/**
 * Every key given a second time in its mapping of a YAML document, at the later key: what the
 * Learn build reports as `yaml-duplicate-key` for any `.yml` it reads (docfx v3,
 * src/docfx/lib/json/YamlUtility.cs `ToJToken`: every mapping, keys compared exactly).
 */
import { isScalar, visit, type Document, type Node as YamlNode, type Pair } from 'yaml';
import type { LineIndex } from '../text/line-index.js';
import type { Span } from '../types.js';

/** A scalar's value as text: undefined for null and for anything that is not a string, number or boolean. */
export const yamlScalarText = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;

/** A key as the build compares it (its text), or undefined for a key that is not a scalar. */
export const yamlKeyText = (key: unknown): string | undefined =>
  isScalar(key) ? yamlScalarText(key.value) : undefined;

export function yamlDuplicateKeys(doc: Document, lines: LineIndex): { value: string; span: Span }[] {
  const found: { value: string; span: Span }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items as Pair<YamlNode, YamlNode | null>[]) {
        const key = yamlKeyText(pair.key);
        if (key === undefined) continue;
        const range = pair.key.range;
        if (seen.has(key) && range) found.push({ value: key, span: lines.span(range[0], range[1]) });
        seen.add(key);
      }
    },
  });
  return found;
}
