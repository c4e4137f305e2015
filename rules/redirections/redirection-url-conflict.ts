/**
 * `redirection-url-conflict`: two or more `redirect_document_id: true` redirections (in any
 * redirection file) whose URLs reach the same page: only one can hand its document id on.
 * Reported once, at the first of them, in the file that declares it.
 */
import path from 'node:path';
import { redirectCandidates } from '../../src/docset/redirect-target.js';
import type { DocsetView, Redirection } from '../../src/types.js';
import { defineRule } from '../define.js';
import { isPageSource, repositoryPath, resolvedEntries } from './entries.js';

/**
 * The page a redirect URL reaches, as the build's publish URL map finds it: a page of the build
 * (in any case: URLs are lower case) or a redirected source (its URL is still mapped); undefined
 * when the URL reaches no page of this docset.
 */
function reachedPage(
  docset: DocsetView,
  redirection: Redirection,
  sitePrefixes: Record<string, string>,
): string | undefined {
  for (const candidate of redirectCandidates(redirection.redirectUrl, redirection.source, sitePrefixes)) {
    const page = docset.hasFile(candidate)
      ? candidate
      : (docset.caseVariants(candidate)[0] ?? (docset.redirectionOf(candidate) ? candidate : undefined));
    if (page !== undefined) return docset.inBuildScope(page) ? page : undefined;
  }
  return undefined;
}

const memo = new WeakMap<DocsetView, { generation: number | undefined; groups: Redirection[][] }>();

/**
 * The groups of two or more document-id redirections that reach one page, each in the order the
 * build sorts them (redirection files by path, entries in file order). Memoised per docset
 * generation (every redirection file of a docset asks).
 */
export function urlConflicts(docset: DocsetView, sitePrefixes: Record<string, string>): Redirection[][] {
  const known = memo.get(docset);
  if (known && known.generation === docset.generation) return known.groups;
  const byPage = new Map<string, Redirection[]>();
  for (const redirection of docset.allRedirections()) {
    // A moniker-specific entry reaches only the versions it names: not judged (see the rule page).
    if (!redirection.redirectDocumentId || redirection.hasMonikers) continue;
    if (!isPageSource(redirection.source) || !docset.inBuildScope(redirection.source)) continue;
    const page = reachedPage(docset, redirection, sitePrefixes);
    if (page === undefined) continue;
    byPage.set(page, [...(byPage.get(page) ?? []), redirection]);
  }
  const groups = [...byPage.values()].filter((group) => group.length > 1);
  memo.set(docset, { generation: docset.generation, groups });
  return groups;
}

export const redirectionUrlConflict = defineRule({
  meta: {
    id: 'redirection-url-conflict',
    family: 'redirections',
    description:
      'Two or more redirect_document_id redirections lead to the same page; only one can hand its document id on',
    severity: 'warn',
    fileKinds: ['redirection'],
    messages: {
      conflict: "{{count}} redirect_document_id entries lead to '{{url}}'",
    },
  },
  checkDocset(context) {
    const { docset, settings } = context;
    // Without docfx.json the pages' URLs are unknown; with versions, the build only pairs a
    // redirection with the versions of the page it shares, which needs the moniker definitions.
    if (!docset.hasFile('docfx.json') || docset.isVersioned()) return;
    const entries = resolvedEntries(context).filter(({ entry }) => entry.redirectDocumentId);
    if (entries.length === 0) return;
    const file = repositoryPath(context);
    for (const group of urlConflicts(docset, settings.sitePrefixes)) {
      const [first] = group;
      if (first?.file !== file) continue;
      const at = entries.find(
        ({ written }) => written.span.start.line === first.line && written.span.start.column + 1 === first.column,
      );
      if (!at) continue;
      // Sources as this file's folder sees them (as `source_path` writes them), others with their file.
      const folder = path.posix.dirname(context.path);
      const where = (r: Redirection): string =>
        r.file === file
          ? `'${path.posix.relative(folder, r.source)}' (line ${r.line})`
          : `'${path.posix.relative(folder, r.source)}' ('${r.file}' line ${r.line})`;
      context.report({
        span: at.redirectUrl.span,
        messageId: 'conflict',
        data: { count: group.length, url: first.redirectUrl },
        detail: `only one may keep it: ${group.map(where).join(', ')}`,
      });
    }
  },
});
