/** Iterative tree walks: no recursion, so 10,000-deep nesting cannot overflow the stack. */
import type { Node, Parent } from 'mdast';

/** What a visitor may answer: `'skip'` does not enter the node's children. */
export type VisitResult = void | 'skip';

/** Visit every node depth-first, in document order, with its parent. */
export function walk(root: Node, visit: (node: Node, parent: Parent | undefined) => VisitResult): void {
  const stack: { node: Node; parent: Parent | undefined }[] = [{ node: root, parent: undefined }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    if (visit(node, parent) === 'skip') continue;
    const children = (node as Parent).children;
    if (Array.isArray(children)) {
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent: node as Parent });
    }
  }
}

/** Every parent node, deepest first: lets a transform rewrite children bottom-up without recursion. */
export function parentsBottomUp(root: Node): Parent[] {
  const order: Parent[] = [];
  walk(root, (node) => {
    if (Array.isArray((node as Parent).children)) order.push(node as Parent);
  });
  return order.reverse();
}
