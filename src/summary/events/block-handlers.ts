/**
 * Token handlers for block structure: front matter, paragraphs and blockquotes (held as frames
 * until their end, `docfx-blocks.ts`), lists, headings, code, definitions and thematic breaks.
 */
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { decodeString } from 'micromark-util-decode-string';
import { anchorHeadingId, isTabHref } from '../../parse/heading-id.js';
import { frontMatterOf } from '../summarise-markdown.js';
import { blockquoteEnded, INCLUDE_MARKER, paragraphEnded } from './docfx-blocks.js';
import { emptyCollected, type Frame, type PendingHeading, type Siblings } from './pending.js';
import { spanOf } from './summary-builder.js';
import type { TokenHandler, TokenHandlers } from './token-handler.js';

const enterFrame: TokenHandler = (builder, token) => {
  const list = builder.parent();
  const frame: Frame = {
    token,
    collected: emptyCollected(),
    parent: list,
    isFirstChild: list?.count === 1,
    code: [],
  };
  const children: Siblings = token.type === 'paragraph' ? { inline: true, count: 0 } : builder.blockList();
  if (token.type === 'blockQuote') frame.children = children;
  builder.frames.push(frame);
  builder.siblings.push(children);
};

const enterList: TokenHandler = (builder) => {
  builder.siblings.push({ inline: false, count: 0 });
};

const exitList: TokenHandler = (builder) => {
  builder.flushPending(builder.parent());
  builder.siblings.pop();
};

const enterHeading: TokenHandler = (builder) => {
  builder.heading = { depth: 0, text: '', inText: false, imageLabels: 0 };
  builder.headingChildren = undefined;
};

const enterHeadingText: TokenHandler = (builder) => {
  if (builder.heading) builder.heading.inText = true;
  builder.siblings.push({ inline: true, count: 0 });
};

const exitHeadingText: TokenHandler = (builder) => {
  builder.flushPending(builder.parent());
  builder.headingChildren = builder.siblings.pop();
  if (builder.heading) builder.heading.inText = false;
};

/** A heading ended: its explicit id (a leading `<a name>`), whether it is a tab heading. */
const exitHeading: TokenHandler = (builder, token) => {
  const span = spanOf(token);
  if (INCLUDE_MARKER.test(builder.text.slice(span.start.offset, span.end.offset))) return false;
  const { heading, headingChildren: list } = builder;
  const explicitId =
    list && list.count >= 2 && list.first === 'anchor' && list.firstAnchor !== undefined
      ? anchorHeadingId(list.firstAnchor)
      : undefined;
  const tab = list?.count === 1 && list.firstLinkUrl !== undefined && isTabHref(list.firstLinkUrl);
  const pending: PendingHeading = {
    depth: heading?.depth ?? 1,
    text: heading?.text ?? '',
    span,
    explicitId,
    tab,
  };
  builder.here().headings.push(pending);
  builder.parent()?.tabItems?.push(pending);
  builder.heading = undefined;
  builder.headingChildren = undefined;
};

/** Code and front matter: lines zones and moniker ranges do not look at. */
const skipLines: TokenHandler = (builder, token) => {
  builder.here().skipped.push([token.start.line, token.end.line]);
};

export const blockHandlers: TokenHandlers = {
  enter: {
    yamlFence: (builder, token) => {
      // The value is what stands between the fences (the first fence's end, the second's start).
      if (builder.yamlValue) builder.yamlValue[1] = token.start.offset;
      else builder.yamlValue = [-1, -1];
    },
    paragraph: enterFrame,
    blockQuote: enterFrame,
    listOrdered: enterList,
    listUnordered: enterList,
    listItemPrefix: (builder) => {
      // A new list item: a new parent for the blocks that follow.
      builder.flushPending(builder.parent());
      builder.siblings[builder.siblings.length - 1] = builder.blockList();
    },
    atxHeading: enterHeading,
    setextHeading: enterHeading,
    atxHeadingText: enterHeadingText,
    setextHeadingText: enterHeadingText,
    definition: (builder) => {
      builder.definition = { identifier: '', url: '' };
    },
    thematicBreak: (builder) => {
      builder.parent()?.tabItems?.push('break');
    },
  },
  exit: {
    yamlFence: (builder, token) => {
      if (builder.yamlValue?.[0] === -1) builder.yamlValue[0] = token.end.offset;
    },
    yaml: (builder, token) => {
      const { text, yamlValue } = builder;
      // As mdast-util-frontmatter: without the line ending after the first fence and before the last.
      const value = yamlValue ? text.slice(yamlValue[0], yamlValue[1]).replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, '') : '';
      builder.summary.metadata = frontMatterOf(value, spanOf(token), text, builder.lines);
      builder.here().skipped.push([token.start.line, token.end.line]);
    },
    codeFenced: skipLines,
    codeIndented: skipLines,
    definitionLabelString: (builder, token, context) => {
      if (builder.definition)
        builder.definition.identifier = normalizeIdentifier(context.sliceSerialize(token)).toLowerCase();
    },
    definitionDestinationString: (builder, token, context) => {
      if (builder.definition) builder.definition.url = decodeString(context.sliceSerialize(token));
    },
    definition: (builder, token) => {
      const { definition } = builder;
      if (definition)
        builder
          .here()
          .definitions.push([
            definition.identifier,
            { url: definition.url, start: token.start.offset, end: token.end.offset },
          ]);
      builder.definition = undefined;
    },
    atxHeadingSequence: (builder, token) => {
      if (builder.heading && builder.heading.depth === 0) builder.heading.depth = token.end.offset - token.start.offset;
    },
    setextHeadingLineSequence: (builder, token) => {
      if (builder.heading) builder.heading.depth = builder.text[token.start.offset] === '=' ? 1 : 2;
    },
    atxHeadingText: exitHeadingText,
    setextHeadingText: exitHeadingText,
    atxHeading: exitHeading,
    setextHeading: exitHeading,
    paragraph: (builder, token) => paragraphEnded(builder, token),
    blockQuote: (builder, token) => {
      blockquoteEnded(builder, token);
    },
    listOrdered: exitList,
    listUnordered: exitList,
  },
};
