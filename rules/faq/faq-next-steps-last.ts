/** faq-next-steps-last: on a Markdown FAQ, a "Next steps" section that is not the last one at its level. */
import { defineRule } from '../define.js';
import { FAQ_PAGE_DEFAULTS, FAQ_PAGE_PROPERTIES, isFaqPage, type FaqPageOptions } from './faq-page.js';
import { markdownSections } from './questions.js';

export type NextStepsLastOptions = FaqPageOptions & {
  /** Heading depth of the sections compared (2 means `##`). */
  level: number;
  /** Names of the section that must come last (case-insensitive). */
  nextStepsNames: string[];
};

export const faqNextStepsLast = defineRule<NextStepsLastOptions>({
  meta: {
    id: 'faq-next-steps-last',
    family: 'faq',
    description: 'A FAQ has a "Next steps" section that is not the last section',
    severity: 'warn',
    schema: {
      type: 'object',
      properties: {
        ...FAQ_PAGE_PROPERTIES,
        level: { type: 'integer', minimum: 1, maximum: 6 },
        nextStepsNames: { type: 'array', items: { type: 'string' } },
      },
      additionalProperties: false,
    },
    defaults: { ...FAQ_PAGE_DEFAULTS, level: 2, nextStepsNames: ['Next steps'] },
  },
  check({ path, summary, tree, options, report }) {
    if (summary.kind !== 'markdown' || !isFaqPage(path, summary, tree, options)) return;
    const sections = markdownSections(tree, options.level, options.nextStepsNames);
    const last = sections[sections.length - 1];
    for (const section of sections) {
      if (!section.exempt || section === last) continue;
      report({
        message: `'${section.text.trim()}' must be the last H${options.level} section`,
        detail: `'${last!.text.trim()}' at line ${last!.span.start.line} comes after it`,
        span: section.span,
      });
    }
  },
});
