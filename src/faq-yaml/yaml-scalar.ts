/** The bridge between `yaml` Scalar nodes and the pure `scalar-map`: where a scalar stands, decoded with positions. */
import type { Scalar } from 'yaml';
import { mapScalar, type ScalarMap, type ScalarStyle } from './scalar-map.js';

const STYLES = new Set<string>(['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED']);

/**
 * The position map of a string scalar of a document parsed from `text` with `keepSourceTokens`
 * (for the block scalar's parent indentation); undefined when the node is not a string scalar.
 */
export function scalarMapOf(text: string, node: Scalar): ScalarMap | undefined {
  if (typeof node.value !== 'string' || !node.range) return undefined;
  const style = STYLES.has(String(node.type)) ? (node.type as ScalarStyle) : 'PLAIN';
  const token = node.srcToken as { indent?: number } | undefined;
  return mapScalar(text, { style, start: node.range[0], end: node.range[1], parentIndent: token?.indent }, node.value);
}
