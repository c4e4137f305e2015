/**
 * The docset: its roots, the index of every file in it (and of dependent repositories mapped from
 * elsewhere), its redirections, and the summaries of its files. Implements the read-only
 * `DocsetView` that cross-file rules see.
 */
import path from 'node:path';
import type { DocsetView, FileSummary, Redirection, Summariser } from '../types.js';
import { fileKindOf } from '../source/file-kinds.js';
import { readSource } from '../source/text.js';
import { parseYamlData } from '../source/yaml.js';
import {
  locateDependentRepositories,
  repositoryOf,
  type DependentRepository,
  type DependentRepositoryMap,
} from './dependent-repositories.js';
import { inBuildScope, inheritedMetadata, readDocfxMetadata, type DocfxMetadata } from './docfx-metadata.js';
import { definitionCandidates, pivotGroupsOf, type PivotGroups } from './zone-pivot-groups.js';
import { FileIndex } from './file-index.js';
import { readPublishConfig } from './publish-config.js';
import { findRedirectionFiles, readRedirections, REDIRECTION_FILE, type RedirectionSet } from './redirections.js';
import { resolveLink } from './resolve-link.js';
import { isInside, type Roots } from './root.js';
import { isCloseName } from '../text/similar.js';
import { posixRelative } from '../text/posix-path.js';

/** What the docset needs besides its roots (from the config of its files). */
export interface DocsetOptions {
  /** The `dependentRepositories` config key. */
  dependentRepositories?: DependentRepositoryMap;
  /**
   * How a file outside the lint set is summarised when a rule asks for it: the engine passes its
   * guarded step (a worker thread with the per-file time limit), so a hostile link target costs
   * no more than a linted file.
   */
  summarise: Summariser;
}

/** A dependent repository read from a folder outside the docset, under its mount path. */
interface Mount {
  repository: DependentRepository;
  index: FileIndex;
}

export class Docset implements DocsetView {
  readonly root: string;
  private readonly summaries = new Map<string, FileSummary | undefined>();
  /** Who includes each file, built on first use, then kept up to date summary by summary. */
  private includers: Map<string, Set<string>> | undefined;
  private docfxMetadata: DocfxMetadata | undefined;

  /** Every dependent repository the publishing config declares, located or not. */
  readonly dependentRepositories: readonly DependentRepository[];
  /**
   * The root of the Learn repository, which `source_path_from_root` starts from and redirection
   * files are searched under: the folder of `.openpublishing.publish.config.json` (the publishing
   * system requires it at the repository root), else the git root.
   */
  readonly repositoryRoot: string;
  private readonly mounts: Mount[] = [];
  private readonly available = new Set<DependentRepository>();
  private redirectionSet: RedirectionSet | undefined;
  private readonly summarise: Summariser;

  constructor(
    readonly roots: Roots,
    readonly index: FileIndex = FileIndex.scan(roots.docsetRoot, roots.repoRoot),
    options: DocsetOptions,
  ) {
    this.root = roots.docsetRoot;
    this.summarise = options.summarise;
    const publish = readPublishConfig(roots.docsetRoot, roots.repoRoot);
    this.repositoryRoot = publish?.dir ?? roots.repoRoot;
    this.dependentRepositories = locateDependentRepositories(publish, this.root, options.dependentRepositories);
    for (const repository of this.dependentRepositories) {
      const { location, mountPath } = repository;
      // Links reach a repository only through a folder of the docset.
      if (!location || mountPath.startsWith('../')) continue;
      // A clone in place is indexed like any folder; one mapped from elsewhere gets its own index.
      if (path.resolve(this.root, mountPath) === location) this.available.add(repository);
      else {
        // Its own repository: nothing is read through a symlink out of it.
        this.mounts.push({ repository, index: FileIndex.scan(location, location) });
        this.available.add(repository);
      }
    }
  }

  /** Docset-relative POSIX path of an absolute path. */
  relative(absolute: string): string {
    return posixRelative(this.root, absolute);
  }

  private changes = 0;

  /**
   * A number that changes whenever an answer of this view may have changed: a summary added or
   * forgotten, a file added or removed, the redirections re-read. A lint run's docset only grows;
   * the language server's long-lived docset also changes, so what is memoised over a view (page
   * ids) is valid for one generation.
   */
  get generation(): number {
    return this.changes;
  }

  private changed(): void {
    this.changes++;
  }

  /** Replace a file's summary (none: forget it), keeping the includers map in step. */
  private setSummary(relative: string, summary: FileSummary | undefined, keep: boolean): void {
    const old = this.summaries.get(relative);
    if (this.includers && old) this.linkIncludes(old, false);
    if (keep) this.summaries.set(relative, summary);
    else this.summaries.delete(relative);
    if (this.includers && summary) this.linkIncludes(summary, true);
    this.changed();
  }

  /** Record a summary made elsewhere (by the lint run, a worker, or the language server from an editor's text). */
  addSummary(summary: FileSummary): void {
    this.setSummary(summary.path, summary, true);
  }

  /** Forget a file's summary (its text changed on disk): it is summarised again when next asked for. */
  forgetSummary(relative: string): void {
    if (this.summaries.has(relative)) this.setSummary(relative, undefined, false);
  }

  /** A file created since the docset was indexed (outside dependent repositories mapped from elsewhere). */
  fileAdded(relative: string): void {
    if (this.mountOf(relative)) return;
    this.index.addFile(relative);
    this.setSummary(relative, undefined, false);
  }

  /** A file deleted since the docset was indexed. */
  fileRemoved(relative: string): void {
    if (this.mountOf(relative)) return;
    this.index.removeFile(relative);
    this.setSummary(relative, undefined, false);
  }

  /** A redirection file changed: the redirections are read again on next use. */
  redirectionsChanged(): void {
    this.redirectionSet = undefined;
    this.sourcesByFolder = undefined;
    this.changed();
  }

  /** Record that a file has no summary (unreadable, refused): it is not read or parsed again. */
  noSummary(relative: string): void {
    if (!this.summaries.has(relative)) this.summaries.set(relative, undefined);
  }

  /** The mount holding a docset-relative path, and the path inside it. */
  private mountOf(relative: string): { mount: Mount; inner: string } | undefined {
    for (const mount of this.mounts) {
      const prefix = mount.repository.mountPath;
      if (relative === prefix) return { mount, inner: '' };
      if (relative.startsWith(`${prefix}/`)) return { mount, inner: relative.slice(prefix.length + 1) };
    }
    return undefined;
  }

  hasFile(relative: string): boolean {
    const mounted = this.mountOf(relative);
    return mounted ? mounted.mount.index.hasFile(mounted.inner) : this.index.hasFile(relative);
  }

  hasFolder(relative: string): boolean {
    const mounted = this.mountOf(relative);
    return mounted ? mounted.mount.index.hasFolder(mounted.inner) : this.index.hasFolder(relative);
  }

  /** The names of the files and folders directly in a docset folder ('' for the root), sorted. */
  children(relative: string): { files: string[]; folders: string[] } {
    const mounted = this.mountOf(relative);
    return mounted ? mounted.mount.index.children(mounted.inner) : this.index.children(relative);
  }

  unavailableRepositoryOf(relative: string): DependentRepository | undefined {
    const repository = repositoryOf(this.dependentRepositories, relative);
    return repository && !this.available.has(repository) ? repository : undefined;
  }

  redirectionOf(relative: string): Redirection | undefined {
    return this.redirections().bySource.get(relative);
  }

  allRedirections(): readonly Redirection[] {
    return [...this.redirections().bySource.values()];
  }

  isVersioned(): boolean {
    return this.docfx().versioned;
  }

  /** The redirections, when a rule has asked for them (undefined before). */
  loadedRedirections(): RedirectionSet | undefined {
    return this.redirectionSet;
  }

  /** Every redirection of the repository into this docset; read once, on first use. */
  redirections(): RedirectionSet {
    if (!this.redirectionSet) {
      // Inside the docset the index already knows every file; only the rest of the repository is walked.
      // A dependent repository's redirections are its own, not this docset's.
      const inDocset = [...this.index.files]
        .filter((f) => REDIRECTION_FILE.test(path.posix.basename(f)) && !repositoryOf(this.dependentRepositories, f))
        .map((f) => path.join(this.root, f));
      this.redirectionSet = readRedirections(
        [...inDocset, ...this.outsideRedirectionFiles()],
        this.repositoryRoot,
        this.root,
      );
    }
    return this.redirectionSet;
  }

  private outsideRedirections: string[] | undefined;

  /**
   * The redirection files of the repository outside this docset (absolute, sorted), found by
   * walking the repository once, when the redirections are first read.
   */
  outsideRedirectionFiles(): string[] {
    if (!this.outsideRedirections) {
      const skip = new Set([this.root, ...this.dependentRepositories.map((r) => r.expectedAt)]);
      this.outsideRedirections =
        this.repositoryRoot !== this.root && isInside(this.root, this.repositoryRoot)
          ? findRedirectionFiles(this.repositoryRoot, skip)
          : [];
    }
    return this.outsideRedirections;
  }

  /** True once the repository was walked for redirection files outside the docset. */
  walkedForRedirections(): boolean {
    return this.outsideRedirections !== undefined;
  }

  /** Summaries a summariser declined (refused, or stopped at a limit): a run that had one cannot be cached whole. */
  declinedSummaries = 0;

  /**
   * What the docset was built from besides file contents (its roots, dependent repositories and
   * every file and folder in its indexes), for the run cache's key; undefined when an index answers
   * from the disk on demand (a symlinked folder), which no listing pins.
   */
  buildInputs(): unknown {
    const listings = [this.index.listing(), ...this.mounts.map((mount) => mount.index.listing())];
    if (listings.some((listing) => listing === undefined)) return undefined;
    return {
      roots: this.roots,
      repositoryRoot: this.repositoryRoot,
      dependentRepositories: this.dependentRepositories.map((repository) => ({
        ...repository,
        available: this.available.has(repository),
      })),
      mounts: this.mounts.map((mount) => mount.repository.mountPath),
      listings,
    };
  }

  outsideLink(relative: string): string | undefined {
    return this.index.outsideLink(relative);
  }

  similarPaths(relative: string): string[] {
    const mounted = this.mountOf(relative);
    if (!mounted) return this.index.similar(relative);
    return mounted.mount.index.similar(mounted.inner).map((inner) => `${mounted.mount.repository.mountPath}/${inner}`);
  }

  caseVariants(relative: string): string[] {
    const mounted = this.mountOf(relative);
    if (!mounted) return this.index.caseVariants(relative);
    return mounted.mount.index
      .caseVariants(mounted.inner)
      .map((inner) => `${mounted.mount.repository.mountPath}/${inner}`);
  }

  private sourcesByFolder: Map<string, Redirection[]> | undefined;

  redirectedLookalikes(relative: string): Redirection[] {
    if (!this.sourcesByFolder) {
      this.sourcesByFolder = new Map();
      for (const redirection of this.redirections().bySource.values()) {
        const folder = path.posix.dirname(redirection.source).toLowerCase();
        const list = this.sourcesByFolder.get(folder) ?? [];
        list.push(redirection);
        this.sourcesByFolder.set(folder, list);
      }
    }
    const name = path.posix.basename(relative);
    const siblings = this.sourcesByFolder.get(path.posix.dirname(relative).toLowerCase()) ?? [];
    const lower = relative.toLowerCase();
    const caseOnly = siblings.filter((r) => r.source !== relative && r.source.toLowerCase() === lower);
    // Same folder only: a close name (a case-only difference of the folder included).
    return caseOnly.length > 0
      ? caseOnly
      : siblings.filter((r) => r.source !== relative && isCloseName(name, path.posix.basename(r.source)));
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
    const mounted = this.mountOf(relative);
    const absolute = mounted
      ? path.join(mounted.mount.repository.location!, mounted.inner)
      : path.join(this.root, relative);
    // Nothing outside the repository is read, but for a dependent repository the config maps.
    const boundary = mounted ? mounted.mount.repository.location! : this.roots.repoRoot;
    if (!this.hasFile(relative) || !isInside(absolute, boundary)) return undefined;
    const source = readSource(absolute, { root: boundary });
    return source.ok && fileKindOf(relative, source.text) ? source.text : undefined;
  }

  /**
   * A file's summary; a docset file outside the lint set is read and summarised now, once, by the
   * docset's summariser: with the pre-scan and limits of any linted file (a hostile link target gets
   * no summary, and its bookmarks are not checked).
   */
  summary(relative: string): FileSummary | undefined {
    if (this.summaries.has(relative)) return this.summaries.get(relative);
    const text = this.summarisableText(relative);
    const summary = text === undefined ? undefined : this.summarise(relative, text);
    if (text !== undefined && !summary) this.declinedSummaries++;
    this.summaries.set(relative, summary);
    return summary;
  }

  includersOf(relative: string): string[] {
    if (!this.includers) {
      this.includers = new Map();
      for (const summary of this.summaries.values()) if (summary) this.linkIncludes(summary, true);
    }
    return [...(this.includers.get(relative) ?? [])];
  }

  /** Add (or remove) a summary's includes to the includers map, in file order. */
  private linkIncludes(summary: FileSummary, add: boolean): void {
    for (const reference of summary.references) {
      if (reference.kind !== 'include') continue;
      // Resolved exactly as the include rules resolve it (`~/`, percent escapes, `./`).
      const destination = resolveLink(reference.url, { from: summary.path });
      if (destination.kind !== 'file') continue;
      let includers = this.includers!.get(destination.path);
      if (!includers) this.includers!.set(destination.path, (includers = new Set()));
      if (add) includers.add(summary.path);
      else includers.delete(summary.path);
    }
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

  private readonly pivotGroups = new Map<string, { file: string; groups: PivotGroups } | undefined>();

  zonePivotGroups(filename: string | undefined): { file: string; groups: PivotGroups } | undefined {
    const key = filename ?? '';
    if (this.pivotGroups.has(key)) return this.pivotGroups.get(key);
    const found = definitionCandidates(this.docfx().content, filename).filter((candidate) => this.hasFile(candidate));
    let answer: { file: string; groups: PivotGroups } | undefined;
    // None, or several (the build's zone-pivot-group-definition-conflict): nothing to check against.
    if (found.length === 1) {
      const source = readSource(path.join(this.root, found[0]!), { root: this.roots.repoRoot });
      const data = source.ok ? parseYamlData(source.text) : undefined;
      const groups = data?.ok ? pivotGroupsOf(data.value) : undefined;
      if (groups) answer = { file: found[0]!, groups };
    }
    this.pivotGroups.set(key, answer);
    return answer;
  }

  private docfx(): DocfxMetadata {
    return (this.docfxMetadata ??= readDocfxMetadata(this.root, this.roots.repoRoot));
  }
}
