/**
 * faq-answer-empty: a question with no answer: in a Markdown FAQ nothing but comments before the
 * next heading at its level (deeper headings with content count as an answer; a category heading
 * is not a question, its child questions are judged); in a structured FAQ an `answer` that is empty.
 */
import { defineRule } from '../define.js';
import { isFaqPage, QUESTION_DEFAULTS, QUESTION_PROPERTIES, type QuestionOptions } from './faq-page.js';
import { questionsOf } from './questions.js';

export const faqAnswerEmpty = defineRule<QuestionOptions>({
  meta: {
    id: 'faq-answer-empty',
    family: 'faq',
    description: 'A FAQ question has no answer',
    severity: 'warn',
    schema: { type: 'object', properties: QUESTION_PROPERTIES, additionalProperties: false },
    defaults: QUESTION_DEFAULTS,
  },
  check({ path, summary, tree, options, report }) {
    if (!isFaqPage(path, summary, tree, options)) return;
    const structured = summary.kind === 'faq-yaml';
    for (const question of questionsOf(tree, options.questionLevel, options.exemptSections)) {
      if (!question.answerEmpty) continue;
      report({
        message: structured
          ? `Question '${question.text}' has an empty answer`
          : `Question '${question.text}' has no answer`,
        detail: structured ? undefined : 'nothing between it and the next heading',
        span: question.answerSpan,
      });
    }
  },
});
