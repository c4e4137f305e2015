/**
 * faq-schema: a structured FAQ (`### YamlMime:FAQ`) that the Learn build cannot read as one:
 * a first line it does not read as `FAQ`, YAML syntax errors (at their place), required keys
 * missing, values of the wrong type, duplicate and unknown keys (with "did you mean").
 */
import '../../src/faq-yaml/structure.js';
import { checkFaqShape } from '../../src/faq-yaml/schema.js';
import { LineIndex } from '../../src/text/line-index.js';
import { defineRule } from '../define.js';

export type FaqSchemaOptions = {
  /** Extra keys accepted in any object of the FAQ (for keys of the Learn schema faq-lint does not know). */
  allowedKeys: string[];
};

export const FAQ_HEADER = '### YamlMime:FAQ';

export const faqSchema = defineRule<FaqSchemaOptions>({
  meta: {
    id: 'faq-schema',
    family: 'faq',
    description: 'A structured FAQ (YamlMime:FAQ) has a bad header, YAML syntax, missing or unknown keys, or wrong types',
    severity: 'error',
    schema: { type: 'object', properties: { allowedKeys: { type: 'array', items: { type: 'string' } } }, additionalProperties: false },
    defaults: { allowedKeys: [] },
    fixable: true,
  },
  check({ text, tree, options, report, summary }) {
    const faq = tree.data?.faqYaml;
    if (summary.kind !== 'faq-yaml' || !faq) return;
    if (faq.mime !== 'FAQ') {
      const line = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: faq.headerLine.length + 1, offset: faq.headerLine.length } };
      report({ message: `The first line must be '${FAQ_HEADER}' for the Learn build to read this file as a FAQ (found '${faq.headerLine}').`, span: line, fix: { range: [0, faq.headerLine.length], text: FAQ_HEADER } });
    }
    for (const error of faq.syntaxErrors) report({ message: `YAML syntax error: ${error.message}`, span: error.span });
    // A document with syntax errors is only partly read: its shape would mislead.
    if (faq.syntaxErrors.length > 0) return;
    for (const problem of checkFaqShape(faq.yaml, new LineIndex(text), options.allowedKeys)) {
      report({ message: problem.message, span: problem.span, suggestions: problem.suggestion ? [problem.suggestion] : undefined });
    }
  },
});
