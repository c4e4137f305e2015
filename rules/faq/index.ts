/** The faq rules: page structure (any Markdown page), Markdown FAQs and structured YamlMime:FAQ files. */
import type { Rule } from '../../src/types.js';
import { faqAnswerEmpty } from './faq-answer-empty.js';
import { faqDuplicateQuestion } from './faq-duplicate-question.js';
import { faqNextStepsLast } from './faq-next-steps-last.js';
import { faqQuestionFormat } from './faq-question-format.js';
import { faqSchema } from './faq-schema.js';
import { h1Missing } from './h1-missing.js';
import { h1Multiple } from './h1-multiple.js';
import { headingSkipped } from './heading-skipped.js';

export const faqRules: Rule[] = [
  h1Missing,
  h1Multiple,
  headingSkipped,
  faqQuestionFormat,
  faqAnswerEmpty,
  faqDuplicateQuestion,
  faqNextStepsLast,
  faqSchema,
];
