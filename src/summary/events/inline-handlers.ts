/**
 * Token handlers for inline content: text (into heading text, image alts and link labels), html
 * (anchors and `<a>`/`<img>` references), code spans, emphasis, links, images and autolinks.
 */
import { decodeString } from 'micromark-util-decode-string';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { OpenLink, PendingReference } from './pending.js';
import { spanOf } from './summary-builder.js';
import type { TokenHandler, TokenHandlers } from './token-handler.js';

const text: TokenHandler = (builder, token, context) => {
  builder.addText(context.sliceSerialize(token));
};

const enterHtml: TokenHandler = (builder, token) => {
  if (token.type === 'htmlText') builder.recordCode(token);
  builder.html = { token, value: '' };
  builder.siblings.push(undefined);
};

const htmlData: TokenHandler = (builder, token, context) => {
  if (builder.html) builder.html.value += context.sliceSerialize(token);
};

const exitHtml: TokenHandler = (builder, token) => {
  builder.siblings.pop();
  const value = builder.html?.value ?? '';
  builder.html = undefined;
  builder.htmlEnded(token, value);
};

const enterPhrasingParent: TokenHandler = (builder, token) => {
  builder.child(token.type);
  builder.siblings.push({ inline: true, count: 0 });
};

const exitPhrasingParent: TokenHandler = (builder) => {
  builder.flushPending(builder.parent());
  builder.siblings.pop();
};

const popSiblings: TokenHandler = (builder) => {
  builder.siblings.pop();
};

const enterBreak: TokenHandler = (builder) => {
  builder.child('break');
};

const exitBreak: TokenHandler = (builder) => {
  builder.atHardBreak = true;
  // A break is a newline in the heading's text, nothing in an image's alt.
  const { heading } = builder;
  if (heading?.inText && heading.imageLabels === 0 && builder.resourceDepth === 0) heading.text += '\n';
};

const enterLink: TokenHandler = (builder, token) => {
  const image = token.type === 'image';
  builder.child(token.type);
  const pending: PendingReference = { reference: { kind: image ? 'image' : 'link', url: '', span: spanOf(token) } };
  const ghost = builder.inImageLabel();
  if (!ghost) builder.here().references.push(pending);
  if (image) builder.showing();
  const link: OpenLink = {
    image,
    pending,
    url: '',
    hasResource: false,
    labelScope: false,
    inLabel: false,
    ghost,
    alt: '',
    visible: false,
  };
  if (image) {
    builder.imagesOpen++;
    link.altItem = { span: spanOf(token), target: '', blank: true };
    if (!ghost) builder.here().altTexts.push(link.altItem);
  }
  builder.links.push(link);
  builder.siblings.push(undefined);
  if (image && builder.heading) builder.heading.imageLabels++;
};

/** A link or image ended: its URL (or the label of the definition it uses), its alt or text. */
const exitLink: TokenHandler = (builder, token) => {
  builder.siblings.pop();
  const link = builder.links.pop()!;
  const { heading } = builder;
  if (link.image && heading) heading.imageLabels--;
  const target = link.hasResource ? link.url : `[${link.label ?? ''}]`;
  if (link.altItem) {
    builder.imagesOpen--;
    link.altItem.target = target;
    link.altItem.blank = link.alt.trim() === '';
  } else if (!link.ghost && !link.visible && !(link.hasResource && /^xref:/i.test(link.url)))
    builder.here().blankLinks.push({ span: spanOf(token), target });
  const { pending } = link;
  const list = builder.parent();
  if (link.hasResource && !link.image && list?.count === 1 && heading?.inText) list.firstLinkUrl = link.url;
  if (link.hasResource) {
    pending.reference.url = link.url;
    pending.search = { afterText: link.textEnd ?? token.start.offset };
  } else {
    pending.reference.kind = link.image ? 'reference-image' : 'reference-link';
    pending.identifier = link.identifier ?? '';
  }
};

const autolinkLiteral: TokenHandler = (builder, token, context) => {
  const literal = context.sliceSerialize(token);
  builder.addText(literal);
  if (builder.autolink) {
    builder.autolink.reference.url = token.type === 'autolinkEmail' ? `mailto:${literal}` : literal;
    builder.autolink.search = { afterText: token.end.offset };
  }
};

const enterLabelText: TokenHandler = (builder) => {
  const link = builder.links[builder.links.length - 1];
  if (link) link.inLabel = true;
  // A link's label is a parent of its own, unless the link makes no node (in an image's alt).
  if (link && !link.image && !link.labelScope && builder.parent() === undefined) {
    link.labelScope = true;
    builder.siblings.push({ inline: true, count: 0 });
  }
};

const exitLabelText: TokenHandler = (builder, token, context) => {
  const link = builder.links[builder.links.length - 1];
  if (!link) return;
  link.inLabel = false;
  link.textEnd = token.end.offset;
  link.label = context.sliceSerialize(token);
  link.identifier = normalizeIdentifier(link.label).toLowerCase();
  if (link.labelScope) {
    builder.flushPending(builder.parent());
    builder.siblings.pop();
    link.labelScope = false;
  }
};

export const inlineHandlers: TokenHandlers = {
  enter: {
    htmlFlow: enterHtml,
    htmlText: enterHtml,
    codeText: (builder, token) => {
      builder.recordCode(token);
      builder.child('code');
      builder.showing();
      builder.siblings.push(undefined);
    },
    emphasis: enterPhrasingParent,
    strong: enterPhrasingParent,
    link: enterLink,
    image: enterLink,
    labelText: enterLabelText,
    resource: (builder) => {
      const link = builder.links[builder.links.length - 1];
      if (link) link.hasResource = true;
      builder.resourceDepth++;
    },
    reference: (builder) => {
      builder.resourceDepth++;
    },
    autolink: (builder, token) => {
      builder.child('autolink');
      builder.showing();
      builder.autolink = builder.inImageLabel()
        ? undefined
        : { reference: { kind: 'autolink', url: '', span: spanOf(token) } };
      if (builder.autolink) builder.here().references.push(builder.autolink);
      builder.siblings.push(undefined);
    },
    hardBreakEscape: enterBreak,
    hardBreakTrailing: enterBreak,
  },
  exit: {
    data: text,
    codeTextData: text,
    // An escaped character is punctuation: always something to show.
    characterEscapeValue: text,
    characterReference: (builder, token, context) => {
      builder.addText(decodeString(context.sliceSerialize(token)));
    },
    htmlFlowData: htmlData,
    htmlTextData: htmlData,
    lineEnding: (builder, token, context) => {
      if (builder.html) builder.html.value += context.sliceSerialize(token);
      else if (builder.atHardBreak) builder.atHardBreak = false;
      else builder.addText(context.sliceSerialize(token));
    },
    hardBreakEscape: exitBreak,
    hardBreakTrailing: exitBreak,
    autolinkProtocol: autolinkLiteral,
    autolinkEmail: autolinkLiteral,
    autolink: popSiblings,
    codeText: popSiblings,
    htmlFlow: exitHtml,
    htmlText: exitHtml,
    emphasis: exitPhrasingParent,
    strong: exitPhrasingParent,
    labelText: exitLabelText,
    resourceDestinationString: (builder, token, context) => {
      const link = builder.links[builder.links.length - 1];
      if (link) link.url = decodeString(context.sliceSerialize(token));
    },
    referenceString: (builder, token, context) => {
      const link = builder.links[builder.links.length - 1];
      if (link) {
        link.label = context.sliceSerialize(token);
        link.identifier = normalizeIdentifier(link.label).toLowerCase();
      }
    },
    resource: (builder) => {
      builder.resourceDepth--;
    },
    reference: (builder) => {
      builder.resourceDepth--;
    },
    link: exitLink,
    image: exitLink,
  },
};
