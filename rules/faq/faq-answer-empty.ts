/**
 * faq-answer-empty: a question with no answer: in a Markdown FAQ nothing but comments before the
 * next heading at its level (deeper headings with content count as an answer; a category heading
 * is not a question, its child questions are judged); in a structured FAQ an `answer` that is empty.
 */
import { defineRule } from '../define.js';
import { isFaqPage, QUESTION_OPTIONS } from './faq-page.js';
import { questionsOf } from './questions.js';

export const faqAnswerEmpty = defineRule({
  meta: {
    id: 'faq-answer-empty',
    family: 'faq',
    description: 'A FAQ question has no answer',
    severity: 'warn',
    options: QUESTION_OPTIONS,
    messages: {
      noAnswer: "Question '{{question}}' has no answer",
      emptyAnswer: "Question '{{question}}' has an empty answer",
    },
  },
  check(context) {
    const { summary, options, report } = context;
    if (!isFaqPage(context, options)) return;
    const { tree } = context;
    const structured = summary.kind === 'faq-yaml';
    for (const question of questionsOf(tree, options.questionLevel, options.exemptSections)) {
      if (!question.answerEmpty) continue;
      report({
        messageId: structured ? 'emptyAnswer' : 'noAnswer',
        data: { question: question.text },
        detail: structured ? undefined : 'nothing between it and the next heading',
        span: question.answerSpan,
      });
    }
  },
});
