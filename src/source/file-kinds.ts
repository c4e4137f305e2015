/**
 * The kinds of file faq-lint lints: the one list that discovery (which extensions a folder
 * expands to), changed mode (which files can link), link targets, the remark plugin and the
 * language server derive from. How each kind is parsed is in `src/summary/parse-file.ts`, keyed by
 * the same `FileKind`, so a kind added to the union must get an entry in both (the compiler says so).
 */
import type { FileKind } from '../types.js';
import { looksLikeFaqHeader } from '../text/yaml-mime.js';

/** What tells a file of one kind. */
export interface FileKindSpec {
  /** Extensions, lower case, without the dot. */
  extensions: readonly string[];
  /**
   * When the extension is not enough (a `.yml` is a structured FAQ only with its header): true
   * when the text makes the file one of this kind. Kinds without it are told by extension alone.
   */
  claims?(text: string): boolean;
  /** When only some names with these extensions are of this kind (a TOC, a redirection file): those names. */
  names?: RegExp;
}

/** TOC files: `toc.md`, `toc.yml`, `toc.json`, named in any case (`TOC.md`). */
export const TOC_FILE = /^toc\.(?:md|yml|json)$/i;

/** The redirection file name pattern of the Learn build (`*.openpublishing.redirection*.json`). */
export const REDIRECTION_FILE = /\.openpublishing\.redirection.*\.json$/i;

// In the order a file is matched: a `TOC.md` is a TOC, not an article.
export const FILE_KINDS: { readonly [K in FileKind]: FileKindSpec } = {
  toc: { extensions: ['md', 'yml', 'json'], names: TOC_FILE },
  redirection: { extensions: ['json'], names: REDIRECTION_FILE },
  markdown: { extensions: ['md'] },
  // `### YamlMime:FAQ` (or nearly: faq-schema reports a header the build would not read).
  'faq-yaml': { extensions: ['yml', 'yaml'], claims: looksLikeFaqHeader },
};

const ENTRIES = Object.entries(FILE_KINDS) as [FileKind, FileKindSpec][];

/** Every extension some kind lints (a folder expands to these). */
export const LINTED_EXTENSIONS: readonly string[] = [...new Set(ENTRIES.flatMap(([, spec]) => spec.extensions))];

const nameOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

const extensionOf = (path: string): string => {
  const name = nameOf(path);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
};

/** True when a file with this path may be linted (its extension is some kind's): before reading it. */
export function mayBeLinted(path: string): boolean {
  const extension = extensionOf(path);
  return ENTRIES.some(
    ([, spec]) => spec.extensions.includes(extension) && (!spec.names || spec.names.test(nameOf(path))),
  );
}

/**
 * The kind of a file, or undefined when faq-lint does not lint it. Without `text`, only kinds told
 * by extension alone answer (a `.yml` needs its text).
 */
export function fileKindOf(path: string, text?: string): FileKind | undefined {
  const extension = extensionOf(path);
  for (const [kind, spec] of ENTRIES) {
    if (!spec.extensions.includes(extension)) continue;
    if (spec.names && !spec.names.test(nameOf(path))) continue;
    if (!spec.claims) return kind;
    if (text !== undefined && spec.claims(text)) return kind;
  }
  return undefined;
}
