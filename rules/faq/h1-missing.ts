/**
 * h1-missing: a Markdown article without an H1. An H1 that comes from an include (even nested)
 * counts as the page title, so this runs over summaries; include files themselves are skipped.
 */
import { includedFiles } from '../../src/docset/pages.js';
import type { DocsetView, FileSummary } from '../../src/types.js';
import { Type } from '../option-schemas.js';
import { defineRule } from '../define.js';

const H1_MISSING_DETAIL = 'use a single hash (#) followed by a space to create your top-level heading';

/** True when the file, or a file it includes (transitively), has an H1. */
export function hasH1(summary: FileSummary, docset: DocsetView, seen = new Set<string>()): boolean {
  // A tab heading (`# [Linux](#tab/linux)`, no id) is a tab, not a title.
  if (summary.headings.some((h) => h.depth === 1 && h.id !== undefined)) return true;
  seen.add(summary.path);
  for (const target of includedFiles(docset, summary.path).files) {
    if (seen.has(target)) continue;
    const included = docset.summary(target);
    if (included && hasH1(included, docset, seen)) return true;
  }
  return false;
}

export const h1Missing = defineRule({
  meta: {
    id: 'h1-missing',
    family: 'faq',
    description: 'A Markdown article has no H1 (its own or from an include)',
    severity: 'warn',
    options: {
      includeFolders: Type.Array(Type.String(), {
        default: ['includes'],
        description: 'Folder names whose files are include files (no H1 of their own expected)',
      }),
    },
    // The Learn build's message for this validation code.
    messages: { missing: 'H1 is required' },
  },
  checkDocset({ path: file, summary, docset, options, report }) {
    // Only pages need a title: not a README outside docfx.json's build content.
    if (summary.kind !== 'markdown' || !docset.inBuildScope(file)) return;
    const folders = file.split('/').slice(0, -1);
    if (folders.some((folder) => options.includeFolders.includes(folder))) return;
    if (docset.includersOf(file).length > 0) return;
    if (!hasH1(summary, docset)) report({ messageId: 'missing', detail: H1_MISSING_DETAIL });
  },
});
