/**
 * faq-duplicate-question: two questions of one FAQ that are the same once case, spacing and
 * punctuation are ignored. Reported at the later one, naming both lines.
 */
import { defineRule } from '../define.js';
import { isFaqPage, QUESTION_OPTIONS } from './faq-page.js';
import { normaliseQuestion, questionsOf, type Question } from './questions.js';

export const faqDuplicateQuestion = defineRule({
  meta: {
    id: 'faq-duplicate-question',
    family: 'faq',
    description: 'A FAQ asks the same question twice',
    severity: 'warn',
    options: QUESTION_OPTIONS,
    messages: { duplicate: "Question '{{question}}' is asked twice" },
  },
  check(context) {
    const { options, report } = context;
    if (!isFaqPage(context, options)) return;
    const { tree } = context;
    const first = new Map<string, Question>();
    for (const question of questionsOf(tree, options.questionLevel, options.exemptSections)) {
      const key = normaliseQuestion(question.text);
      if (key === '') continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, question);
        continue;
      }
      report({
        messageId: 'duplicate',
        data: { question: question.text },
        detail: `first at line ${earlier.span.start.line}`,
        span: question.span,
      });
    }
  },
});
