/**
 * faq-question-format: on a Markdown FAQ, a heading at the question level that is not phrased
 * as a question (does not end with "?"), unless it is one of the exempt section names. Under a
 * category heading (`## Billing` over `### ...?` questions) the questions are one level deeper.
 */
import { closest } from '../../src/text/similar.js';
import { defineRule } from '../define.js';
import { isFaqPage, QUESTION_OPTIONS } from './faq-page.js';
import { ENDS_WITH_QUESTION_MARK, questionSections } from './questions.js';

export const faqQuestionFormat = defineRule({
  meta: {
    id: 'faq-question-format',
    family: 'faq',
    description: 'A FAQ question heading does not end with "?"',
    severity: 'warn',
    options: QUESTION_OPTIONS,
    messages: { notQuestion: "Question '{{question}}' does not end with '?'" },
  },
  check(context) {
    const { summary, options, report } = context;
    if (summary.kind !== 'markdown' || !isFaqPage(context, options)) return;
    const { tree } = context;
    for (const section of questionSections(tree, options.questionLevel, options.exemptSections)) {
      if (section.exempt || ENDS_WITH_QUESTION_MARK.test(section.text)) continue;
      const name = section.text.trim();
      const guess = closest(name, options.exemptSections);
      report({
        messageId: 'notQuestion',
        data: { question: name },
        detail: guess ? `did you mean the section '${guess}'?` : 'phrase it as a question',
        span: section.span,
        suggestions: guess ? [guess] : undefined,
      });
    }
  },
});
