/** Positions of syntax tree nodes as faq-lint spans. */
import type { Span } from '../types.js';

/** The span of an mdast node (unist position), or undefined when it has none. */
export function nodeSpan(node: {
  position?: {
    start: { line: number; column: number; offset?: number };
    end: { line: number; column: number; offset?: number };
  };
}): Span | undefined {
  const p = node.position;
  if (!p) return undefined;
  return {
    start: { line: p.start.line, column: p.start.column, offset: p.start.offset ?? 0 },
    end: { line: p.end.line, column: p.end.column, offset: p.end.offset ?? 0 },
  };
}
