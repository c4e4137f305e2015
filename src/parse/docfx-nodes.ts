/**
 * The typed mdast nodes of the DocFX syntax layer (see `docfx.ts`), registered with mdast's
 * content maps so that rules can match them like any other node.
 */
import type { Parent, PhrasingContent, BlockContent, DefinitionContent, Literal, Node } from 'mdast';

/** Alert kinds Learn renders from `> [!NOTE]` and friends. */
export const ALERT_TYPES = ['NOTE', 'TIP', 'IMPORTANT', 'CAUTION', 'WARNING'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

/** `[!INCLUDE [title](path)]`, inline or alone in its paragraph (block). */
export interface DocfxInclude extends Node {
  type: 'docfxInclude';
  title: string;
  url: string;
  block: boolean;
}

/** `> [!NOTE]` ... : a blockquote rendered as an alert. */
export interface DocfxAlert extends Parent {
  type: 'docfxAlert';
  alertType: AlertType;
  children: (BlockContent | DefinitionContent)[];
}

/** `> [!div class="..." id="..."]` ... : a blockquote rendered as a div. */
export interface DocfxDiv extends Parent {
  type: 'docfxDiv';
  attributes: Record<string, string>;
  children: (BlockContent | DefinitionContent)[];
}

/** `> [!VIDEO url]`. */
export interface DocfxVideo extends Node {
  type: 'docfxVideo';
  url: string;
}

/** `:::name attr="v":::` or `::: name attr="v"` (moniker, zone, row, column, image, code, ...). */
export interface DocfxTripleColon extends Node {
  type: 'docfxTripleColon';
  /** Lower-cased name, e.g. `image`, `code`, `moniker`, `zone`, `row`, `column`, `image-end`. */
  name: string;
  attributes: Record<string, string>;
  /** Offsets (in the file) of each attribute value, for precise positions. */
  attributeOffsets: Record<string, [number, number]>;
}

/** `<a name="x"></a>` or `<a id="x"></a>`: an anchor that is a bookmark target. */
export interface DocfxAnchor extends Literal {
  type: 'docfxAnchor';
  id: string;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    docfxInclude: DocfxInclude;
    docfxAnchor: DocfxAnchor;
  }
  interface BlockContentMap {
    docfxInclude: DocfxInclude;
    docfxAlert: DocfxAlert;
    docfxDiv: DocfxDiv;
    docfxVideo: DocfxVideo;
    docfxTripleColon: DocfxTripleColon;
  }
  interface RootContentMap {
    docfxInclude: DocfxInclude;
    docfxAlert: DocfxAlert;
    docfxDiv: DocfxDiv;
    docfxVideo: DocfxVideo;
    docfxTripleColon: DocfxTripleColon;
    docfxAnchor: DocfxAnchor;
  }
}

export type { PhrasingContent };
