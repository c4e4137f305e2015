/**
 * The questions of a FAQ page, whatever its source: question headings of a Markdown FAQ, or the
 * `question` items of a structured FAQ (`tree.data.faqYaml`). Pure.
 */
import type { Heading, Root, RootContent } from 'mdast';
import '../../src/faq-yaml/structure.js';
import { headingPlainText, isTabHeading } from '../../src/parse/heading-id.js';
import { nodeSpan } from '../../src/parse/positions.js';
import type { Span } from '../../src/types.js';
import { isOnlyCommentsAndSpace } from '../../src/text/linear.js';

/** A question with its answer, wherever it was written. */
export interface Question {
  text: string;
  /** Where the question stands (the heading, or the `question` value). */
  span: Span;
  answerEmpty: boolean;
  /** Where to report an empty answer. */
  answerSpan: Span;
}

/** A Markdown section at the question level: its heading and the blocks up to the next one. */
export interface Section {
  heading: Heading;
  text: string;
  span: Span;
  /** True for an exempt section name ("Next steps" ...): not a question. */
  exempt: boolean;
  content: RootContent[];
}

/** Triple-colon names that only mark a region (no content of their own). */
const REGION_MARKERS = new Set([
  'moniker',
  'moniker-end',
  'zone',
  'zone-end',
  'row',
  'row-end',
  'column',
  'column-end',
]);

/** True for a block that says something: not a heading, a comment or a region marker. */
export function isContent(node: RootContent): boolean {
  if (node.type === 'heading' || node.type === 'yaml' || node.type === 'definition') return false;
  if (node.type === 'html') return !isOnlyCommentsAndSpace(node.value);
  if (node.type === 'docfxTripleColon') return !REGION_MARKERS.has(node.name);
  return true;
}

const normaliseName = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The headings of depth `level` among `nodes` (a tree's top level, or a section's content), each
 * with the blocks that follow it up to the next heading of that depth or shallower (deeper
 * headings belong to the section).
 */
function sectionsOf(nodes: readonly RootContent[], level: number, exempt: ReadonlySet<string>): Section[] {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of nodes) {
    // Tab headings (`## [Linux](#tab/linux)`) are tabs inside a section, not sections.
    if (node.type === 'heading' && node.depth <= level && !isTabHeading(node)) {
      current = undefined;
      if (node.depth === level) {
        const text = headingPlainText(node);
        current = { heading: node, text, span: nodeSpan(node)!, exempt: exempt.has(normaliseName(text)), content: [] };
        sections.push(current);
      }
      continue;
    }
    current?.content.push(node);
  }
  return sections;
}

/** The top-level sections of depth `level` (see `sectionsOf`). */
export function markdownSections(tree: Root, level: number, exemptSections: readonly string[]): Section[] {
  return sectionsOf(tree.children, level, new Set(exemptSections.map(normaliseName)));
}

/** "?" or the full-width "？" (CJK FAQs), ignoring trailing spaces. */
export const ENDS_WITH_QUESTION_MARK = /[?？]\s*$/;

/**
 * The sections a FAQ's questions stand at: the sections at `level`, except that a category
 * heading (`## Billing`: not itself a question, with child headings that are questions) gives
 * way to its child sections, one level deeper, judged as the questions (and so on down).
 */
export function questionSections(tree: Root, level: number, exemptSections: readonly string[]): Section[] {
  const exempt = new Set(exemptSections.map(normaliseName));
  const expand = (sections: Section[], depth: number): Section[] =>
    sections.flatMap((section) => {
      if (depth >= 6 || section.exempt || ENDS_WITH_QUESTION_MARK.test(section.text)) return [section];
      const children = sectionsOf(section.content, depth + 1, exempt);
      return children.some((child) => !child.exempt && ENDS_WITH_QUESTION_MARK.test(child.text))
        ? expand(children, depth + 1)
        : [section];
    });
  return expand(sectionsOf(tree.children, level, exempt), level);
}

/** The questions of a page: structured FAQ items, or the non-exempt Markdown question sections. */
export function questionsOf(tree: Root, level: number, exemptSections: readonly string[]): Question[] {
  const faq = tree.data?.faqYaml;
  if (faq)
    return faq.sections.flatMap((s) =>
      s.questions.map(({ text, span, answerEmpty, answerSpan }) => ({ text, span, answerEmpty, answerSpan })),
    );
  return questionSections(tree, level, exemptSections)
    .filter((s) => !s.exempt)
    .map((s) => ({ text: s.text, span: s.span, answerEmpty: !s.content.some(isContent), answerSpan: s.span }));
}

/** A question reduced to what makes it the same question: case, spacing and punctuation removed. */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
