import type { Tree, TreeNode } from './types';

export type NodeIndex = ReadonlyMap<string, TreeNode>;

export function indexNodes(tree: Tree): NodeIndex {
  return new Map(tree.nodes.map((node) => [node.id, node]));
}

/** Where a node's answers lead, in the order a person sees them. */
export function successors(node: TreeNode): string[] {
  switch (node.kind) {
    case 'question':
      return node.options.map((option) => option.next);
    case 'check':
      return [node.yes, node.no];
    case 'info':
      return [node.next];
    default:
      return [];
  }
}

/** Nodes in breadth-first order from `from`, each with the node that first led to it. */
export function walk(index: NodeIndex, from: string): Map<string, string | null> {
  const parents = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const node = index.get(id);
    if (!node) continue;
    for (const next of successors(node)) {
      if (!parents.has(next) && index.has(next)) {
        parents.set(next, id);
        queue.push(next);
      }
    }
  }
  return parents;
}

export type Side = 'visitor' | 'owner';

export const SIDES: readonly Side[] = ['visitor', 'owner'];

/** The nodes of one side, in the order a person meets them: the start question's option of that id leads there. */
export function nodesOfSide(tree: Tree, index: NodeIndex, side: Side): string[] {
  const start = index.get(tree.start);
  const option = start?.kind === 'question' ? start.options.find((o) => o.id === side) : undefined;
  return option ? [...walk(index, option.next).keys()] : [];
}
