/** The faq-lint API: lint docsets from code, and the pieces a custom tool needs. */
export { lint, type LintOptions, type LintResult, type FileResult } from './engine/lint.js';
export { allRules, rulesById } from '../rules/index.js';
export { defineRule } from '../rules/define.js';
export { reporters } from './reporters/index.js';
export { headingPlainText, urilizeAsGfm, HeadingIdAllocator } from './parse/heading-id.js';
export { parseMarkdown } from './parse/markdown.js';
export type * from './types.js';
