/**
 * Which files outside the lint set the cross-file rules will need summaries of, so the run can
 * summarise them up front (in workers when there are many, from the cache when it has them)
 * instead of one by one on demand. An over- or under-estimate only costs time: `Docset.summary`
 * still summarises on demand whatever this misses.
 */
import type { Docset } from '../docset/docset.js';
import type { FileSummary, ReferenceKind } from '../types.js';
import { resolveLink } from '../docset/resolve-link.js';
import { fileKindOf } from '../source/file-kinds.js';

/** Reference kinds whose target file's headings or anchors a rule may check. */
const LINK_KINDS: ReadonlySet<ReferenceKind> = new Set(['link', 'reference-link', 'html-a', 'docfx-image-link']);

/**
 * Docset-relative paths of the files a summary's references need summaries of: include targets,
 * and files linked with a bookmark (`file.md#id`). Relative and `~/` paths only; site-relative
 * and absolute URLs are left to `Docset.summary` on demand.
 */
export function referencedTargets(summary: FileSummary): string[] {
  const targets: string[] = [];
  for (const reference of summary.references) {
    if (reference.kind !== 'include' && !(LINK_KINDS.has(reference.kind) && /#./.test(reference.url))) continue;
    // The link rules' own resolver: the same path they will ask `Docset.summary` for.
    const destination = resolveLink(reference.url, { from: summary.path });
    if (destination.kind === 'file' && destination.path !== summary.path) targets.push(destination.path);
  }
  return targets;
}

/**
 * The targets of the given summaries that still need one: in the docset index, of a kind
 * faq-lint parses, not yet summarised. Sorted, so the merge order never depends on timing.
 */
export function targetsToSummarise(docset: Docset, summaries: readonly FileSummary[]): string[] {
  const wanted = new Set<string>();
  for (const summary of summaries) {
    for (const target of referencedTargets(summary)) {
      if (!wanted.has(target) && !docset.isSummarised(target) && docset.hasFile(target) && fileKindOf(target))
        wanted.add(target);
    }
  }
  return [...wanted].sort();
}
