/**
 * The shared vocabulary of faq-lint: positions, findings, file summaries and the rule API.
 * Everything that crosses a worker or cache boundary here is plain, serialisable data.
 */
import type { Root } from 'mdast';

/** A place in a file: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in a file, end exclusive. */
export interface Span {
  start: Point;
  end: Point;
}

/** Configured severity of a rule. */
export type Severity = 'off' | 'warn' | 'error';

/** A text edit on the file's original text: replace [start, end) (offsets) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

/** One problem found by a rule. Plain data: it can cross a worker boundary and be cached. */
export interface Finding {
  ruleId: string;
  /** 1 = warning, 2 = error (ESLint's numbers). */
  severity: 1 | 2;
  message: string;
  /** The id of the message in the rule's `meta.messages` (absent for the engine's own "N more" line). */
  messageId?: string;
  /** The values of the message's placeholders. */
  data?: MessageData;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  /** Replacement texts a writer may choose from ("did you mean"). */
  suggestions?: string[];
  /**
   * What else helps to fix it (the path a link resolved to, a "did you mean", how to fix), kept
   * out of `message` so the message stays one short line: the stylish format shows it on a second
   * line, the json, sarif and github formats carry it as data.
   */
  detail?: string;
}

/** A key of the front matter (or of a structured FAQ's `metadata`), with where it stands. */
export interface MetadataEntry {
  key: string;
  keySpan: Span;
  valueSpan: Span;
  /** The value as YAML parsed it (JSON-safe: dates stay strings, see `source`). */
  value: unknown;
  /** The value's exact source text, e.g. `04/15/2020` or `"04/15/2020"`. */
  source: string;
  /** The scalar style: plain, quoted, block, or a collection. */
  kind: 'plain' | 'quoted' | 'block' | 'sequence' | 'map' | 'null' | 'alias' | 'other';
}

/** The metadata block of an article: front matter, or `metadata` of a structured FAQ. */
export interface MetadataSummary {
  /** Span of the whole block, delimiters included. */
  span: Span;
  /** Top-level keys in source order (duplicates included, each once per occurrence). */
  entries: MetadataEntry[];
  /** YAML problems: syntax errors, a value that is not a mapping, duplicate keys, unclosed block. */
  problems: { message: string; span: Span }[];
  /**
   * True for a block that does not start on line 1 (it follows blank lines or HTML comments):
   * Markdown reads it as a thematic break and text, so the build sees no metadata. Its one
   * problem says so; `entries` is empty.
   */
  misplaced?: boolean;
}

/** A heading and the id the Learn build gives it. */
export interface HeadingSummary {
  depth: number;
  /** Plain text of the heading's inline content. */
  text: string;
  /** The id of the rendered element, or undefined for a tab heading (no id). */
  id: string | undefined;
  span: Span;
  /**
   * The tab group (numbered from 0 in the file) this heading is part of: a tab heading
   * (`### [CLI](#tab/cli)`), or a heading in a tab's content. Undefined outside tab groups.
   */
  tabGroup?: number;
}

/** An element id that is not a heading's: `<a name>`, any HTML `id`, `[!div id=...]`. */
export interface AnchorSummary {
  id: string;
  span: Span;
  source: 'html' | 'div';
}

/** What kind of syntax a reference came from. */
export type ReferenceKind =
  | 'link'
  | 'image'
  | 'reference-link'
  | 'reference-image'
  | 'autolink'
  | 'html-a'
  | 'html-img'
  | 'include'
  | 'docfx-image'
  /** `:::image link="..."`: the page or URL the image links to. */
  | 'docfx-image-link'
  | 'docfx-code'
  | 'video'
  /** A TOC entry's page (`href` or `topicHref` to a file). */
  | 'toc-href'
  /** A TOC entry's included TOC (`tocHref`, or `href` to a folder `x/` or a TOC file). */
  | 'toc-include';

/** A reference from this file to a destination (a file, a bookmark, a URL). */
export interface ReferenceSummary {
  kind: ReferenceKind;
  /** The destination as written (angle brackets removed, not decoded). */
  url: string;
  /** Where the destination (or, failing that, the whole construct) stands. */
  span: Span;
  /** For includes: true when the include stands alone on its line (block include). */
  block?: boolean;
  /**
   * [start, end) offsets of the trimmed URL text in the file, for fixes; undefined when the text
   * is not the URL verbatim (escapes, entities) or not known (inside a structured FAQ).
   */
  urlRange?: [number, number];
  /**
   * True inside a moniker range (`::: moniker range="..."` ... `::: moniker-end`): the build
   * renders the range only for the page versions it shares, and drops it (its links unchecked)
   * otherwise, which cannot be told without the moniker definitions: its target is not checked.
   */
  monikerZone?: true;
}

/** An inline configuration comment: `<!-- faq-lint-disable id -->` and friends. */
export interface DirectiveSummary {
  type: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  span: Span;
}

/** Which parser handled a file. */
export type FileKind = 'markdown' | 'faq-yaml' | 'toc' | 'redirection';

/**
 * Everything cross-file rules need to know about one file, without its syntax tree.
 * Produced by `summarise` (a pure function of path and text), kept for the whole docset.
 */
export interface FileSummary {
  /** Docset-relative POSIX path, exact case. */
  path: string;
  kind: FileKind;
  metadata: MetadataSummary | undefined;
  headings: HeadingSummary[];
  anchors: AnchorSummary[];
  references: ReferenceSummary[];
  directives: DirectiveSummary[];
  /** The entries of a redirection file (`*.openpublishing.redirection*.json`), in file order; absent for other files. */
  redirectionEntries?: RedirectionEntrySummary[];
  /** The `pivot` values of the page's zones (`::: zone pivot="a,b"`), where each stands; absent when none. */
  zonePivots?: { value: string; span: Span }[];
  /** Number of lines and length of the text, to keep positions inside the file. */
  lineCount: number;
  length: number;
}

/** A string value of a redirection entry, where it stands (quotes included). */
export interface RedirectionEntryValue {
  value: string;
  span: Span;
}

/** One entry of a redirection file as written, with where each value stands. */
export interface RedirectionEntrySummary {
  span: Span;
  sourcePath?: RedirectionEntryValue;
  sourcePathFromRoot?: RedirectionEntryValue;
  redirectUrl?: RedirectionEntryValue;
  redirectDocumentId: boolean;
  hasMonikers: boolean;
}
/** A parsed file: a syntax tree for per-file rules and the summary for cross-file rules. */
export interface ParsedFile {
  tree: Root;
  summary: FileSummary;
}

/**
 * Summarises a file's text (path docset-relative): undefined when it is refused, stopped at its
 * limits or of no kind faq-lint lints. The engine's is guarded (a worker thread with time limits).
 */
export type Summariser = (path: string, text: string) => FileSummary | undefined;

/** A redirection of a docset page, with where it is declared. */
export interface Redirection {
  /** The redirected source: docset-relative POSIX path, exact case. */
  source: string;
  /** `redirect_url` as written, trimmed: a site path, a relative URL or an absolute URL. */
  redirectUrl: string;
  /** The redirection file that declares it, relative to the repository root (POSIX). */
  file: string;
  /** 1-based line and column of the source path's value in that file. */
  line: number;
  column: number;
  /** `redirect_document_id: true`: the target page takes over the source's document id. */
  redirectDocumentId?: true;
  /** The entry names monikers: it redirects one version of the page. */
  hasMonikers?: true;
}

/** A dependent repository of the publishing config. */
export interface DependentRepositoryInfo {
  /** Its `path_to_root`: the folder links name (`~/reusable-content/...`). */
  name: string;
  url: string;
  /** Where the build puts it, and faq-lint looks for it: `<repository root>/<path_to_root>` (absolute). */
  expectedAt: string;
}

/** A rule's options: a plain JSON object. */
export type RuleOptions = Record<string, unknown>;

/** Run-wide facts every rule may read. */
export interface RunSettings {
  /** "Today", as an ISO date (YYYY-MM-DD), from the clock or `--now`. */
  now: string;
  /** Site-relative prefixes mapped to docset folders, e.g. {"/azure/": "articles/"}. */
  sitePrefixes: Record<string, string>;
}

/** Values of a message's `{{placeholders}}`. */
export type MessageData = Record<string, string | number>;

/** What a rule passes to `report`. */
export interface Report<M extends string = string> {
  /**
   * The problem, short: what is wrong and with what (the console shows it in a column): the id of
   * one of the rule's `meta.messages`, and the values of its placeholders.
   */
  messageId: M;
  data?: MessageData;
  /** Details and advice, shown on a second line (see `Finding.detail`). */
  detail?: string;
  /**
   * 'warn' for a lesser case of the rule, reported as a warning even when the rule is set to
   * error (link-syntax: backslashes, which the build normalises).
   */
  severity?: 'warn';
  /** Where the problem is; defaults to the start of the file. */
  span?: Span;
  fix?: Fix;
  suggestions?: string[];
}

/** A file as it was at the run's git base. */
export interface PreviousVersion {
  /** Its text, BOM removed. */
  text: string;
  /** Its summary, made by the same guarded step as any file's on first use; undefined when refused. */
  readonly summary: FileSummary | undefined;
}

/** Context of the per-file check: the syntax tree is available, the docset is not. */
export interface FileContext<O extends RuleOptions = RuleOptions, M extends string = string> {
  path: string;
  text: string;
  tree: Root;
  summary: FileSummary;
  options: O;
  settings: RunSettings;
  /**
   * The file at the git base of the run (`--changed-since <ref>`, or HEAD for `--staged`);
   * undefined when no base is set or the file is new at the base.
   */
  previous?: PreviousVersion;
  report(this: void, report: Report<M>): void;
}

/** Read-only view of the whole docset, for cross-file checks. */
export interface DocsetView {
  /** Absolute path of the docset root. */
  root: string;
  /** Absolute path of the repository root, which `source_path_from_root` starts from. */
  repositoryRoot: string;
  /**
   * Changes whenever an answer of the view may have changed (the language server edits a
   * long-lived docset); what a rule memoises over the view is valid for one generation.
   * Undefined: the view never changes.
   */
  readonly generation?: number;
  /** True when a file exists at this docset-relative path, exact case. */
  hasFile(path: string): boolean;
  /** True when a folder exists at this docset-relative path, exact case. */
  hasFolder(path: string): boolean;
  /**
   * The dependent repository (declared in `.openpublishing.publish.config.json`) whose folder
   * holds this path, when that repository is not available here: the build fetches it, faq-lint
   * cannot read it. Undefined for any other path.
   */
  unavailableRepositoryOf(path: string): DependentRepositoryInfo | undefined;
  /** The redirection whose source is this path (any `*.openpublishing.redirection*.json`). */
  redirectionOf(path: string): Redirection | undefined;
  /** Every redirection into this docset (the first of each source), files in path order, entries in file order. */
  allRedirections(): readonly Redirection[];
  /**
   * True when the docset's `docfx.json` gives its files versions (monikers: `monikerRange`,
   * `groups` with a `moniker_range`, a content group's `version` or `group`): what depends on a
   * page's versions cannot then be told without the moniker definitions.
   */
  isVersioned(): boolean;
  /** Redirected sources close to this path (a case-only difference, a close name in its folder). */
  redirectedLookalikes(path: string): Redirection[];
  /** Existing files whose path differs from this one only by case. */
  caseVariants(path: string): string[];
  /**
   * The symlink (the path itself or a folder above it, docset-relative) whose real path leaves
   * the repository, if any: faq-lint never reads through it.
   */
  outsideLink(path: string): string | undefined;
  /** Existing files close to this path (case, same name elsewhere, close name in its folder), best first. */
  similarPaths(path: string): string[];
  /** The summary of a docset file (summarised on demand when outside the lint set). */
  summary(path: string): FileSummary | undefined;
  /** Files that include this file with `[!INCLUDE]`, directly. */
  includersOf(path: string): string[];
  /**
   * Metadata the docset's `docfx.json` gives this file (`globalMetadata`, then matching
   * `fileMetadata`): the Learn build merges it under the front matter before validating.
   */
  inheritedMetadata(path: string): Readonly<Record<string, unknown>>;
  /**
   * The zone pivot groups of the definition file a page uses (`filename`: the page's
   * `zone_pivot_group_filename`, default `zone-pivot-groups.json`; see
   * src/docset/zone-pivot-groups.ts): the file and group id -> pivot ids, or undefined when
   * faq-lint cannot find or read exactly one such file.
   */
  zonePivotGroups(
    filename: string | undefined,
  ): { file: string; groups: ReadonlyMap<string, readonly string[]> } | undefined;
  /**
   * True when the docset's `docfx.json` builds this file as a page (`build.content` files minus
   * exclude, relative to each group's `src`); true when docfx.json declares no content.
   */
  inBuildScope(path: string): boolean;
}

/** A link a cross-file rule did not check because it stands inside a moniker range (see `ReferenceSummary.monikerZone`). */
export interface UncheckedZoneLink {
  kind: 'moniker-zone';
  /** The docset-relative file and the offset of the link in it (a link skipped by two rules counts once). */
  page: string;
  offset: number;
}

/** A bookmark a cross-file rule could not check because its page includes an unavailable repository. */
export interface UncheckedBookmark {
  /** The dependent repository's name (`path_to_root`). */
  repository: string;
  /** The docset-relative page whose ids are unknown. */
  page: string;
}

/** Context of the cross-file check: summaries only, never a syntax tree. */
export interface DocsetContext<O extends RuleOptions = RuleOptions, M extends string = string> {
  path: string;
  summary: FileSummary;
  docset: DocsetView;
  options: O;
  settings: RunSettings;
  report(this: void, report: Report<M>): void;
  /** Record a check left undone (told once per run, not a finding). */
  notChecked(this: void, unchecked: UncheckedBookmark | UncheckedZoneLink): void;
}

/** A JSON schema describing a rule's options object. */
export type OptionsSchema = Record<string, unknown>;

/** What a rule declares about itself, ESLint-style (made by `defineRule`, rules/define.ts). */
export interface RuleMeta<O extends RuleOptions = RuleOptions, M extends string = string> {
  /** Rule id, named after the Learn build's validation code wherever one exists. */
  id: string;
  /** One line, shown by `--list-rules` and in the README's rules table. */
  description: string;
  /** Severity when the config does not set one. */
  severity: Severity;
  /** JSON schema of the options object (`type: object`, `additionalProperties: false`), from the rule's option declarations. */
  schema: OptionsSchema;
  /** Option values used when the config sets none, from the same declarations. */
  defaults: O;
  /** True when some findings carry a `fix`. */
  fixable: boolean;
  /** The rule family folder under `rules/` (links, metadata, faq, core). */
  family: string;
  /** The kinds of file the rule checks (default: `markdown` and `faq-yaml`, the articles). */
  fileKinds?: readonly FileKind[];
  /** Every message the rule reports, by id; `{{name}}` stands for `data.name`. */
  messages: Readonly<Record<M, string>>;
}

/** A lint rule: metadata and one or both checks. */
export interface Rule<O extends RuleOptions = RuleOptions, M extends string = string> {
  meta: RuleMeta<O, M>;
  /** Per-file check over the syntax tree (runs where the file is parsed, cacheable). */
  check?(this: void, context: FileContext<O, M>): void;
  /** Cross-file check over summaries (runs once the whole docset is summarised). */
  checkDocset?(this: void, context: DocsetContext<O, M>): void;
}
