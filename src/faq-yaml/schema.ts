/**
 * The shape of a structured FAQ (`### YamlMime:FAQ`) and its check. The Learn build validates
 * these files against `FAQ.schema.json`, which is not public; the shape below is what real
 * MicrosoftDocs FAQ files and the contributor documentation show (see rules/faq/faq-schema.md).
 * Pure: walks a YAML document whose ranges are file offsets.
 */
import { isMap, isScalar, isSeq, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { LineIndex } from '../text/line-index.js';
import { closest } from '../text/similar.js';
import type { Span } from '../types.js';

/** What a field's value must be. `markdown` is a string that may be null or empty. */
type FieldType = 'string' | 'optional-string' | 'markdown' | 'mapping' | 'sections' | 'questions';

interface Field {
  type: FieldType;
  required?: boolean;
}

/** The objects of a structured FAQ and their fields. */
export const FAQ_SHAPE: Record<'page' | 'section' | 'question', Record<string, Field>> = {
  page: {
    metadata: { type: 'mapping' },
    title: { type: 'string', required: true },
    summary: { type: 'markdown' },
    sections: { type: 'sections' },
    questions: { type: 'questions' },
    additionalContent: { type: 'markdown' },
  },
  section: {
    name: { type: 'optional-string' },
    questions: { type: 'questions', required: true },
  },
  question: {
    question: { type: 'string', required: true },
    answer: { type: 'markdown', required: true },
  },
};

const WHAT: Record<keyof typeof FAQ_SHAPE, string> = { page: 'the FAQ', section: 'a section', question: 'a question' };

/** A schema problem: message, place, and a replacement key when one is likely. */
export interface SchemaProblem {
  message: string;
  span: Span;
  suggestion?: string;
}

function typeName(node: YamlNode | null | undefined): string {
  if (!node || (isScalar(node) && node.value === null)) return 'null';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return typeof node.value === 'string' ? 'a string' : `a ${typeof node.value}`;
  return 'an alias';
}

/** Check a parsed FAQ document against FAQ_SHAPE. `allowedKeys` are extra keys accepted anywhere. */
export function checkFaqShape(doc: Document, lines: LineIndex, allowedKeys: readonly string[] = []): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const spanOf = (node: YamlNode | null | undefined, fallback: Span): Span =>
    node?.range ? lines.span(node.range[0], node.range[1]) : fallback;
  const fileStart = lines.span(0, 0);
  const root = doc.contents;
  if (!isMap(root)) {
    problems.push({
      message: `A structured FAQ must be a mapping with 'title' and 'sections', not ${typeName(root)}.`,
      span: spanOf(root, fileStart),
    });
    return problems;
  }

  const checkObject = (map: YAMLMap, kind: keyof typeof FAQ_SHAPE): void => {
    const shape = FAQ_SHAPE[kind];
    const mapSpan = spanOf(map, fileStart);
    const at = { start: mapSpan.start, end: mapSpan.start };
    const seen = new Set<string>();
    for (const pair of map.items as Pair<YamlNode, YamlNode | null>[]) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const keySpan = spanOf(pair.key, at);
      if (key === undefined) {
        problems.push({ message: `A key of ${WHAT[kind]} must be a plain name.`, span: keySpan });
        continue;
      }
      // A key given twice is yaml-duplicate-key's (every .yml file); each occurrence is checked here.
      seen.add(key);
      const field = shape[key];
      if (!field) {
        if (allowedKeys.includes(key)) continue;
        // Keys are short: allow two edits (a transposition, 'titel') where closest() would allow one.
        const guess = closest(key, Object.keys(shape), Math.max(2, Math.floor(key.length / 3)));
        problems.push({
          message: guess
            ? `Unknown key '${key}' in ${WHAT[kind]}; did you mean '${guess}'?`
            : `Unknown key '${key}' in ${WHAT[kind]}; expected one of: ${Object.keys(shape).join(', ')}.`,
          span: keySpan,
          suggestion: guess,
        });
        continue;
      }
      checkValue(key, field, pair.value, spanOf(pair.value, keySpan));
    }
    for (const [key, field] of Object.entries(shape)) {
      if (field.required && !seen.has(key))
        problems.push({ message: `Missing required key '${key}' in ${WHAT[kind]}.`, span: at });
    }
    if (kind === 'page' && !seen.has('sections') && !seen.has('questions')) {
      problems.push({ message: "Missing 'sections' (or a 'questions' list) in the FAQ.", span: at });
    }
  };

  const checkValue = (key: string, field: Field, value: YamlNode | null, span: Span): void => {
    const type = typeName(value);
    const wrong = (expected: string): void =>
      void problems.push({ message: `'${key}' must be ${expected}, not ${type}.`, span });
    switch (field.type) {
      case 'string':
        if (type !== 'a string') wrong('a string');
        else if (isScalar(value) && String(value.value).trim() === '')
          problems.push({ message: `'${key}' must not be empty.`, span });
        return;
      case 'optional-string':
      case 'markdown':
        if (type !== 'a string' && type !== 'null') wrong('a string');
        return;
      case 'mapping':
        if (type !== 'a mapping' && type !== 'null') wrong('a mapping');
        return;
      case 'sections':
      case 'questions': {
        if (!isSeq(value)) return wrong('a list');
        const kind = field.type === 'sections' ? 'section' : 'question';
        for (const item of value.items as (YamlNode | null)[]) {
          if (isMap(item)) checkObject(item, kind);
          else
            problems.push({
              message: `Each item of '${key}' must be a mapping (${WHAT[kind]}), not ${typeName(item)}.`,
              span: spanOf(item, span),
            });
        }
        return;
      }
    }
  };

  checkObject(root, 'page');
  return problems.sort((a, b) => a.span.start.offset - b.span.start.offset);
}
