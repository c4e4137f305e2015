/** faq-next-steps-last: on a Markdown FAQ, a "Next steps" section that is not the last one at its level. */
import { Type } from '../option-schemas.js';
import { defineRule } from '../define.js';
import { FAQ_PAGE_OPTIONS, isFaqPage } from './faq-page.js';
import { markdownSections } from './questions.js';

export const faqNextStepsLast = defineRule({
  meta: {
    id: 'faq-next-steps-last',
    family: 'faq',
    description: 'A FAQ has a "Next steps" section that is not the last section',
    severity: 'warn',
    options: {
      ...FAQ_PAGE_OPTIONS,
      level: Type.Integer({
        minimum: 1,
        maximum: 6,
        default: 2,
        description: 'Heading depth of the sections compared (2 means ##)',
      }),
      nextStepsNames: Type.Array(Type.String(), {
        default: ['Next steps'],
        description: 'Names of the section that must come last (case-insensitive)',
      }),
    },
    messages: { notLast: "'{{section}}' must be the last H{{level}} section" },
  },
  check(context) {
    const { summary, options, report } = context;
    if (summary.kind !== 'markdown' || !isFaqPage(context, options)) return;
    const { tree } = context;
    const sections = markdownSections(tree, options.level, options.nextStepsNames);
    const last = sections[sections.length - 1];
    for (const section of sections) {
      if (!section.exempt || section === last) continue;
      report({
        messageId: 'notLast',
        data: { section: section.text.trim(), level: options.level },
        detail: `'${last!.text.trim()}' at line ${last!.span.start.line} comes after it`,
        span: section.span,
      });
    }
  },
});
