/**
 * Where a reference's URL text stands in the file, for fixes that rewrite exactly the URL.
 * A reference-style use points at its definition's URL. Undefined when the written text is
 * not the URL verbatim (entities or escapes in it): such findings get no fix.
 */
import type { Definition, Node, Root } from 'mdast';
import { walk } from '../../src/parse/walk.js';
import type { ReferenceSummary } from '../../src/types.js';

/** Finds URL ranges in one file; build once per check. */
export class UrlRanges {
  private readonly nodesByStart = new Map<number, Node>();
  private readonly definitions = new Map<string, Definition>();

  constructor(
    private readonly text: string,
    tree: Root,
  ) {
    walk(tree, (node) => {
      const start = node.position?.start.offset;
      if (node.type === 'definition') {
        const definition = node as Definition;
        if (!this.definitions.has(definition.identifier)) this.definitions.set(definition.identifier, definition);
      } else if (start !== undefined && (node.type === 'link' || node.type === 'image' || node.type === 'linkReference' || node.type === 'imageReference')) {
        this.nodesByStart.set(start, node);
      }
    });
  }

  /** [start, end) offsets of the reference's URL text in the file, or undefined. */
  of(reference: ReferenceSummary): [number, number] | undefined {
    const url = reference.url;
    if (url === '') return undefined;
    let from = reference.span.start.offset;
    let to = reference.span.end.offset;
    const node = this.nodesByStart.get(from);
    if (reference.kind === 'reference-link' || reference.kind === 'reference-image') {
      const identifier = (node as { identifier?: string } | undefined)?.identifier;
      const definition = identifier === undefined ? undefined : this.definitions.get(identifier);
      if (!definition?.position) return undefined;
      from = definition.position.start.offset ?? 0;
      to = definition.position.end.offset ?? 0;
      const colon = this.text.indexOf(']:', from);
      if (colon === -1 || colon >= to) return undefined;
      from = colon + 2;
    } else if ((reference.kind === 'link' || reference.kind === 'image') && node && 'children' in node) {
      // The destination follows the link text: search after it, not in it.
      const children = (node as { children: Node[] }).children;
      const last = children[children.length - 1];
      from = this.text.indexOf('](', last?.position?.end.offset ?? from);
      if (from === -1 || from >= to) return undefined;
    } else if (reference.kind === 'image') {
      from = this.text.indexOf('](', from);
      if (from === -1 || from >= to) return undefined;
    }
    const at = this.text.indexOf(url, from);
    return at === -1 || at + url.length > to ? undefined : [at, at + url.length];
  }
}
