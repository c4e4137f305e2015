/**
 * The file kind of redirection files (`*.openpublishing.redirection*.json`): their entries, with
 * where each value stands, go into the summary (`redirectionEntries`) for the redirection rules,
 * and the JSON syntax error, if any, into `tree.data.redirectionFile`. Only the rules that name
 * the `redirection` kind run on them.
 */
import type { Root } from 'mdast';
import { readRedirectionEntries, type EntryValue } from './entries.js';
import { LineIndex } from '../text/line-index.js';
import type { FileSummary, ParsedFile, RedirectionEntryValue, Span } from '../types.js';

declare module 'mdast' {
  interface RootData {
    /** Set for redirection files: the first JSON syntax error (the build reads nothing of the file then). */
    redirectionFile?: { syntaxError?: { message: string; span: Span } };
  }
}

/** Parse a redirection file into its entries (summary) and its JSON syntax error (tree data). */
export function parseRedirectionFile(path: string, text: string): ParsedFile {
  const lines = new LineIndex(text);
  const data = readRedirectionEntries(text);
  const value = (v: EntryValue | undefined): RedirectionEntryValue | undefined =>
    v ? { value: v.value, span: lines.span(v.range[0], v.range[1]) } : undefined;
  const summary: FileSummary = {
    path,
    kind: 'redirection',
    metadata: undefined,
    headings: [],
    anchors: [],
    references: [],
    directives: [],
    redirectionEntries: data.entries.map((entry) => {
      const out: NonNullable<FileSummary['redirectionEntries']>[number] = {
        span: lines.span(entry.range[0], entry.range[1]),
        redirectDocumentId: entry.redirectDocumentId,
        hasMonikers: entry.hasMonikers,
      };
      const sourcePath = value(entry.sourcePath);
      const fromRoot = value(entry.sourcePathFromRoot);
      const url = value(entry.redirectUrl);
      if (sourcePath) out.sourcePath = sourcePath;
      if (fromRoot) out.sourcePathFromRoot = fromRoot;
      if (url) out.redirectUrl = url;
      return out;
    }),
    lineCount: lines.lineCount,
    length: text.length,
  };
  const syntaxError = data.syntaxError && {
    message: data.syntaxError.message,
    span: lines.span(data.syntaxError.range[0], data.syntaxError.range[1]),
  };
  const tree: Root = { type: 'root', children: [], data: { redirectionFile: syntaxError ? { syntaxError } : {} } };
  return { tree, summary };
}
