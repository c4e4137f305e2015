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
const REGION_MARKERS = new Set(['moniker', 'moniker-end', 'zone', 'zone-end', 'row', 'row-end', 'column', 'column-end']);

/** True for a block that says something: not a heading, a comment or a region marker. */
export function isContent(node: RootContent): boolean {
  if (node.type === 'heading' || node.type === 'yaml' || node.type === 'definition') return false;
  if (node.type === 'html') return !isOnlyCommentsAndSpace(node.value);
  if (node.type === 'docfxTripleColon') return !REGION_MARKERS.has(node.name);
  return true;
}

const normaliseName = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The top-level headings of depth `level`, each with the blocks that follow it up to the next
 * heading of that depth or shallower (deeper headings belong to the section).
 */
export function markdownSections(tree: Root, level: number, exemptSections: readonly string[]): Section[] {
  const exempt = new Set(exemptSections.map(normaliseName));
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of tree.children) {
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

/** The questions of a page: structured FAQ items, or the non-exempt Markdown sections. */
export function questionsOf(tree: Root, level: number, exemptSections: readonly string[]): Question[] {
  const faq = tree.data?.faqYaml;
  if (faq) return faq.sections.flatMap((s) => s.questions.map(({ text, span, answerEmpty, answerSpan }) => ({ text, span, answerEmpty, answerSpan })));
  return markdownSections(tree, level, exemptSections)
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
