/**
 * What parsing a TOC file gives the rules (`tree.data.toc`): its syntax problems and its nodes,
 * each with the spans of what it declares. Positions are the YAML (or Markdown) node positions.
 */
import type { Span } from '../types.js';

/** A string property of a TOC node, with where its value stands. */
export interface TocValue {
  value: string;
  span: Span;
}

/** One TOC entry (`- name: ...` or a TOC.md heading). */
export interface TocNodeData {
  /** Where the entry starts (its first key, or the heading). */
  span: Span;
  /** The name; undefined when absent, null or not text. */
  name?: TocValue;
  href?: TocValue;
  topicHref?: TocValue;
  tocHref?: TocValue;
  /** True when the entry has a `uid` (its name may then come from the xref, which faq-lint cannot resolve). */
  uid: boolean;
}

/** A TOC.md problem: a block that is not a heading, or a skipped level. */
export interface TocMarkdownProblem {
  kind: 'syntax' | 'level';
  /** For `level`: the parent's level and this heading's. */
  from?: number;
  to?: number;
  span: Span;
}

export interface TocData {
  format: 'yaml' | 'json' | 'markdown';
  /** The first YAML/JSON syntax error (the build stops there and drops the TOC). */
  syntaxError?: { message: string; span: Span };
  /** Every key given a second time in its mapping, at the later key (the build keeps the last). */
  duplicateKeys: TocValue[];
  /** Every entry the build loads, in document order. */
  nodes: TocNodeData[];
  markdownProblems: TocMarkdownProblem[];
}

declare module 'mdast' {
  interface RootData {
    /** Set for TOC files (`toc.yml`, `toc.json`, `TOC.md`): see src/toc/model.ts. */
    toc?: TocData;
  }
}
