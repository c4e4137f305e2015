/**
 * `circular-reference`: TOC files that include each other (directly or through others). The build
 * stops loading at the repeat. Reported at line 1 of each TOC of the cycle, naming the cycle.
 */
import path from 'node:path';
import { tocIncludeTarget } from '../../src/docset/toc-include-target.js';
import type { DocsetView } from '../../src/types.js';
import { defineRule } from '../define.js';

/** The TOCs a TOC includes, in order (each once). */
function includedTocs(docset: DocsetView, file: string): string[] {
  const out: string[] = [];
  for (const reference of docset.summary(file)?.references ?? []) {
    if (reference.kind !== 'toc-include') continue;
    const target = tocIncludeTarget(docset, file, reference.url);
    if (target.kind === 'toc' && !out.includes(target.path)) out.push(target.path);
  }
  return out;
}

/** The shortest chain of includes from `start` back to itself (`[start, ..., start]`), or undefined. */
export function cycleThrough(docset: DocsetView, start: string): string[] | undefined {
  const previous = new Map<string, string>();
  const queue = [start];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of includedTocs(docset, file)) {
      if (next === start) {
        const chain = [start];
        for (let at: string | undefined = file; at !== undefined && at !== start; at = previous.get(at))
          chain.splice(1, 0, at);
        return [...chain, start];
      }
      if (seen.has(next)) continue;
      seen.add(next);
      previous.set(next, file);
      queue.push(next);
    }
  }
  return undefined;
}

export const circularReference = defineRule({
  meta: {
    id: 'circular-reference',
    family: 'toc',
    description: 'TOC files include each other (directly or through other TOCs)',
    severity: 'error',
    fileKinds: ['toc'],
    messages: {
      circular: 'TOC files include each other',
    },
  },
  checkDocset(context) {
    const { docset, summary, report } = context;
    if (!summary.references.some((r) => r.kind === 'toc-include')) return;
    const cycle = cycleThrough(docset, context.path);
    // The cycle, named from this TOC's folder so the line stays short.
    const named = cycle?.map((file) => `'${path.posix.relative(path.posix.dirname(context.path), file)}'`);
    if (named) report({ messageId: 'circular', detail: `${named.join(' --> ')}; remove one of the includes` });
  },
});
