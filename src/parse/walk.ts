/**
 * Iterative tree walks: no recursion, so 10,000-deep nesting cannot overflow the stack. Nodes are
 * mdast's `Nodes` union (the DocFX nodes are registered in it, see docfx-nodes.ts), so a visitor's
 * `switch (node.type)` narrows each case to its node type without a cast.
 */
import type { Nodes, Parents } from 'mdast';

/** What a visitor may answer: `'skip'` does not enter the node's children. */
export type VisitResult = void | 'skip';

/** Visit every node depth-first, in document order, with its parent. */
export function walk(root: Nodes, visit: (node: Nodes, parent: Parents | undefined) => VisitResult): void {
  const stack: { node: Nodes; parent: Parents | undefined }[] = [{ node: root, parent: undefined }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    if (visit(node, parent) === 'skip' || !('children' in node)) continue;
    const children: readonly Nodes[] = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent: node });
  }
}

/** Every parent node, deepest first: lets a transform rewrite children bottom-up without recursion. */
export function parentsBottomUp(root: Nodes): Parents[] {
  const order: Parents[] = [];
  walk(root, (node) => {
    if ('children' in node) order.push(node);
  });
  return order.reverse();
}
