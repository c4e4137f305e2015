/**
 * faq-question-format: on a Markdown FAQ, a heading at the question level that is not phrased
 * as a question (does not end with "?"), unless it is one of the exempt section names. Under a
 * category heading (`## Billing` over `### ...?` questions) the questions are one level deeper.
 */
import { closest } from '../../src/text/similar.js';
import { defineRule } from '../define.js';
import { isFaqPage, QUESTION_DEFAULTS, QUESTION_PROPERTIES, type QuestionOptions } from './faq-page.js';
import { ENDS_WITH_QUESTION_MARK, questionSections } from './questions.js';

export const faqQuestionFormat = defineRule<QuestionOptions>({
  meta: {
    id: 'faq-question-format',
    family: 'faq',
    description: 'A FAQ question heading does not end with "?"',
    severity: 'warn',
    schema: { type: 'object', properties: QUESTION_PROPERTIES, additionalProperties: false },
    defaults: QUESTION_DEFAULTS,
  },
  check({ path, summary, tree, options, report }) {
    if (summary.kind !== 'markdown' || !isFaqPage(path, summary, tree, options)) return;
    for (const section of questionSections(tree, options.questionLevel, options.exemptSections)) {
      if (section.exempt || ENDS_WITH_QUESTION_MARK.test(section.text)) continue;
      const name = section.text.trim();
      const guess = closest(name, options.exemptSections);
      report({
        message: `Question '${name}' does not end with '?'`,
        detail: guess ? `did you mean the section '${guess}'?` : 'phrase it as a question',
        span: section.span,
        suggestions: guess ? [guess] : undefined,
      });
    }
  },
});
