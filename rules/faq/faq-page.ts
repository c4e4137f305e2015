/**
 * "Is this page a FAQ?", decided once for every FAQ rule: by `ms.topic`, by file name or by
 * title. Pure functions of the file's path, summary and tree, plus the options every FAQ rule
 * shares (declared here once, spread into each rule's schema and defaults).
 */
import type { Static, TObject } from '@sinclair/typebox';
import { Type } from '../option-schemas.js';
import type { Heading, Root } from 'mdast';
import { headingPlainText } from '../../src/parse/heading-id.js';
import type { FileSummary } from '../../src/types.js';

/** Options that decide whether a Markdown page is a FAQ (every FAQ rule has them). */
export const FAQ_PAGE_OPTIONS = {
  faqTopics: Type.Array(Type.String(), {
    default: ['faq'],
    description: '`ms.topic` values that make a page a FAQ (compared case-insensitively)',
  }),
  faqFileNameWords: Type.Array(Type.String(), {
    default: ['faq', 'faqs', 'frequently-asked-questions'],
    description:
      'Words that make a page a FAQ when the file name (without extension, case-insensitive) contains one as a whole word, words being separated by -, _ or .',
  }),
  faqTitlePhrases: Type.Array(Type.String(), {
    default: ['FAQ', 'FAQs', 'frequently asked questions', 'common questions'],
    description:
      'Phrases that make a page a FAQ when its title (metadata title or the H1) contains one as whole words, case-insensitively',
  }),
};
export type FaqPageOptions = Static<TObject<typeof FAQ_PAGE_OPTIONS>>;

/** Options of the rules that look at questions: which headings are questions. */
export const QUESTION_OPTIONS = {
  ...FAQ_PAGE_OPTIONS,
  questionLevel: Type.Integer({
    minimum: 1,
    maximum: 6,
    default: 2,
    description: 'Heading depth of a question (2 means ##)',
  }),
  exemptSections: Type.Array(Type.String(), {
    default: ['Next steps', 'See also', 'Related content'],
    description: 'Headings at the question level that are sections, not questions (case-insensitive)',
  }),
};

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The metadata `title` and the first H1's text: the page's titles. */
export function pageTitles(summary: FileSummary, tree: Root): string[] {
  const titles: string[] = [];
  const title = summary.metadata?.entries.find((e) => e.key === 'title')?.value;
  if (typeof title === 'string') titles.push(title);
  const h1 = tree.children.find((n): n is Heading => n.type === 'heading' && n.depth === 1);
  if (h1) titles.push(headingPlainText(h1));
  return titles;
}

/** Compiled patterns by source: the same few are asked for on every file. */
const patterns = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let compiled = patterns.get(source);
  if (!compiled) patterns.set(source, (compiled = new RegExp(source, 'u')));
  return compiled;
}

/** True when a file name (any folder, any extension) contains one of `words` as a whole word. */
export function fileNameSaysFaq(path: string, words: readonly string[]): boolean {
  const name = (path.split('/').pop() ?? '').replace(/\.[^.]*$/, '').toLowerCase();
  return words.some((word) => pattern(`(^|[-_.])${escapeRegExp(word.toLowerCase())}($|[-_.])`).test(name));
}

/**
 * True when a title contains one of `phrases` as whole words (case-insensitive). A hyphen binds
 * words together, so 'faq-lint' is not the word 'FAQ'.
 */
export function titleSaysFaq(title: string, phrases: readonly string[]): boolean {
  const lower = title.toLowerCase();
  return phrases.some((phrase) =>
    pattern(`(^|[^\\p{L}\\p{N}-])${escapeRegExp(phrase.toLowerCase())}($|[^\\p{L}\\p{N}-])`).test(lower),
  );
}

/**
 * True when the page is a FAQ: `ms.topic`, else file name, else title says so. `page.tree` is
 * read only when an H1 of the summary says FAQ (the first top-level H1 is one of them), so most
 * pages are judged without their syntax tree (on the event path, it is not built).
 */
export function isFaqPage(
  page: { path: string; summary: FileSummary; readonly tree: Root },
  options: FaqPageOptions,
): boolean {
  const { path, summary } = page;
  if (summary.kind === 'faq-yaml') return true;
  const topic = summary.metadata?.entries.find((e) => e.key === 'ms.topic')?.value;
  if (typeof topic === 'string' && options.faqTopics.some((t) => t.toLowerCase() === topic.trim().toLowerCase()))
    return true;
  if (fileNameSaysFaq(path, options.faqFileNameWords)) return true;
  const says = (title: string): boolean => titleSaysFaq(title, options.faqTitlePhrases);
  const title = summary.metadata?.entries.find((e) => e.key === 'title')?.value;
  if (!(typeof title === 'string' && says(title)) && !summary.headings.some((h) => h.depth === 1 && says(h.text)))
    return false;
  return pageTitles(summary, page.tree).some(says);
}
