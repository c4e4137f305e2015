/**
 * The docset: its roots, the index of every file in it, and the summaries of its files.
 * Implements the read-only `DocsetView` that cross-file rules see.
 */
import path from 'node:path';
import type { DocsetView, FileSummary } from '../types.js';
import { fileKindOf } from '../engine/file-kinds.js';
import { runGuarded } from '../engine/guard.js';
import { timeLimitMs } from '../engine/limits.js';
import { readSource } from '../source/text.js';
import { inBuildScope, inheritedMetadata, readDocfxMetadata, type DocfxMetadata } from './docfx-metadata.js';
import { FileIndex } from './file-index.js';
import { readPublishConfig } from './publish-config.js';
import { resolveLink } from './resolve-link.js';
import { isInside, type Roots } from './root.js';
import { posixRelative } from '../text/posix-path.js';

export class Docset implements DocsetView {
  readonly root: string;
  private readonly summaries = new Map<string, FileSummary | undefined>();
  private includers: Map<string, string[]> | undefined;
  private docfxMetadata: DocfxMetadata | undefined;

  /** Docset-relative roots of dependent repositories absent here, and redirected files. */
  private readonly dependentRoots: string[] = [];
  private readonly redirected = new Set<string>();

  constructor(
    readonly roots: Roots,
    readonly index: FileIndex = FileIndex.scan(roots.docsetRoot, roots.repoRoot),
    /** The time limit of each file summarised on demand, in milliseconds. */
    private readonly limitMs = timeLimitMs(undefined),
  ) {
    this.root = roots.docsetRoot;
    const publish = readPublishConfig(roots.docsetRoot, roots.repoRoot);
    if (publish) {
      const toDocset = (p: string): string => posixRelative(this.root, path.join(publish.dir, p));
      // A dependent repository cloned into place is indexed like any folder: check it then.
      for (const root of publish.dependentRoots) if (!this.index.hasFolder(toDocset(root))) this.dependentRoots.push(toDocset(root));
      for (const file of publish.redirectedFiles) this.redirected.add(toDocset(file));
    }
  }

  /** Docset-relative POSIX path of an absolute path. */
  relative(absolute: string): string {
    return posixRelative(this.root, absolute);
  }

  /** Record a summary made elsewhere (by the lint run, or a worker). */
  addSummary(summary: FileSummary): void {
    this.summaries.set(summary.path, summary);
    this.includers = undefined;
  }

  /** Record that a file has no summary (unreadable, refused): it is not read or parsed again. */
  noSummary(relative: string): void {
    if (!this.summaries.has(relative)) this.summaries.set(relative, undefined);
  }

  hasFile(relative: string): boolean {
    return this.index.hasFile(relative);
  }

  inDependentRepository(relative: string): boolean {
    return this.dependentRoots.some((root) => relative === root || relative.startsWith(`${root}/`));
  }

  isRedirected(relative: string): boolean {
    return this.redirected.has(relative);
  }

  hasFolder(relative: string): boolean {
    return this.index.hasFolder(relative);
  }

  outsideLink(relative: string): string | undefined {
    return this.index.outsideLink(relative);
  }

  similarPaths(relative: string): string[] {
    return this.index.similar(relative);
  }

  /** True once a file's summary is known (made by the run, or on demand; possibly "none"). */
  isSummarised(relative: string): boolean {
    return this.summaries.has(relative);
  }

  /**
   * The text of a docset file that can be summarised (in the index, inside the repository, readable,
   * of a kind faq-lint parses), else undefined. Shared by `summary` and the run's target prefetch.
   */
  summarisableText(relative: string): string | undefined {
    const absolute = path.join(this.root, relative);
    if (!this.index.hasFile(relative) || !isInside(absolute, this.roots.repoRoot)) return undefined;
    const source = readSource(absolute, { root: this.roots.repoRoot });
    return source.ok && fileKindOf(relative, source.text) ? source.text : undefined;
  }

  /**
   * A file's summary; a docset file outside the lint set is read and summarised now, once, in the
   * guarded worker: with the pre-scan and limits of any linted file (a hostile link target gets no
   * summary, and its bookmarks are not checked).
   */
  summary(relative: string): FileSummary | undefined {
    if (this.summaries.has(relative)) return this.summaries.get(relative);
    const text = this.summarisableText(relative);
    const summary = text === undefined ? undefined : runGuarded({ kind: 'summary', path: relative, text }, this.limitMs).summary;
    this.summaries.set(relative, summary);
    return summary;
  }

  includersOf(relative: string): string[] {
    if (!this.includers) {
      this.includers = new Map();
      for (const summary of this.summaries.values()) {
        for (const reference of summary?.references ?? []) {
          if (reference.kind !== 'include') continue;
          // Resolved exactly as the include rules resolve it (`~/`, percent escapes, `./`).
          const destination = resolveLink(reference.url, { from: summary!.path });
          if (destination.kind !== 'file') continue;
          const target = destination.path;
          const list = this.includers.get(target) ?? [];
          if (!list.includes(summary!.path)) list.push(summary!.path);
          this.includers.set(target, list);
        }
      }
    }
    return this.includers.get(relative) ?? [];
  }

  // Several rules ask both questions of every file; each answer matches every docfx.json glob,
  // so it is worked out once per file.
  private readonly inherited = new Map<string, Readonly<Record<string, unknown>>>();
  private readonly inScope = new Map<string, boolean>();

  inheritedMetadata(relative: string): Readonly<Record<string, unknown>> {
    let answer = this.inherited.get(relative);
    if (!answer) this.inherited.set(relative, (answer = inheritedMetadata(this.docfx(), relative)));
    return answer;
  }

  inBuildScope(relative: string): boolean {
    let answer = this.inScope.get(relative);
    if (answer === undefined) this.inScope.set(relative, (answer = inBuildScope(this.docfx(), relative)));
    return answer;
  }

  private docfx(): DocfxMetadata {
    return (this.docfxMetadata ??= readDocfxMetadata(this.root, this.roots.repoRoot));
  }
}
