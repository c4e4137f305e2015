/**
 * faq-schema: a structured FAQ (`### YamlMime:FAQ`) that the Learn build cannot read as one:
 * a first line it does not read as `FAQ`, required keys missing, values of the wrong type,
 * unknown keys (with "did you mean"). YAML syntax errors and duplicate keys are the YAML rules'
 * (yaml-syntax-error, yaml-duplicate-key), as for every `.yml` file.
 */
import '../../src/faq-yaml/structure.js';
import { checkFaqShape } from '../../src/faq-yaml/schema.js';
import { LineIndex } from '../../src/text/line-index.js';
import { Type } from '../option-schemas.js';
import { defineRule } from '../define.js';

export const FAQ_HEADER = '### YamlMime:FAQ';

export const faqSchema = defineRule({
  meta: {
    id: 'faq-schema',
    family: 'faq',
    description: 'A structured FAQ (YamlMime:FAQ) has a bad header, missing or unknown keys, or wrong types',
    severity: 'error',
    options: {
      allowedKeys: Type.Array(Type.String(), {
        default: [],
        description: 'Extra keys accepted in any object of the FAQ (keys of the Learn schema faq-lint does not know)',
      }),
    },
    messages: {
      header: "The first line must be '{{header}}' for the Learn build to read this file as a FAQ (found '{{found}}').",
      // The shape problems are worded where the shape is checked (src/faq-yaml/schema.ts).
      shape: '{{problem}}',
    },
    fixable: true,
  },
  check(context) {
    const { text, options, report, summary } = context;
    // Only a structured FAQ has one; a Markdown page's tree is not built to find out.
    if (summary.kind !== 'faq-yaml') return;
    const faq = context.tree.data?.faqYaml;
    if (!faq) return;
    if (faq.mime !== 'FAQ') {
      const line = {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: 1, column: faq.headerLine.length + 1, offset: faq.headerLine.length },
      };
      report({
        messageId: 'header',
        data: { header: FAQ_HEADER, found: faq.headerLine },
        span: line,
        fix: { range: [0, faq.headerLine.length], text: FAQ_HEADER },
      });
    }
    // A document with syntax errors is dropped by the build (yaml-syntax-error): its shape would mislead.
    if (faq.syntaxErrors.length > 0) return;
    for (const problem of checkFaqShape(faq.yaml, new LineIndex(text), options.allowedKeys)) {
      report({
        messageId: 'shape',
        data: { problem: problem.message },
        span: problem.span,
        suggestions: problem.suggestion ? [problem.suggestion] : undefined,
      });
    }
  },
});
