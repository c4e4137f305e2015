/** Inline configuration comments: `<!-- faq-lint-disable[-line|-next-line] [ids] -->`, `-enable`. */
import type { DirectiveSummary } from '../types.js';

const DIRECTIVE = /^\s*faq-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([^]*)$/;

/** The directive in an HTML comment's body, or undefined when it is an ordinary comment. */
export function parseDirective(body: string): Omit<DirectiveSummary, 'span'> | undefined {
  const match = DIRECTIVE.exec(body);
  if (!match) return undefined;
  // Anything after `--` is a description, as in ESLint.
  const list = (match[2] ?? '').split(/\s--\s|^--\s/)[0] ?? '';
  const ruleIds = list.split(/[\s,]+/).filter((id) => id !== '');
  return { type: match[1] as DirectiveSummary['type'], ruleIds };
}
