import { nodesOfSide, successors, type NodeIndex, SIDES } from './graph';
import type { Tree } from './types';

/**
 * The step texts are downloaded in three parts, so that a visitor's phone does not fetch the owner's
 * server manual: the visitor's steps, the owner's steps, and the rest (the start, what a 502 is, and
 * any step both sides reach).
 */
export const TEXT_PARTS = ['shared', 'visitor', 'owner'] as const;
export type TextPart = (typeof TEXT_PARTS)[number];

export function textPartOf(tree: Tree, index: NodeIndex): Map<string, TextPart> {
  const [visitor, owner] = SIDES.map((side) => new Set(nodesOfSide(tree, index, side)));
  return new Map(
    tree.nodes.map((node): [string, TextPart] => {
      const inVisitor = visitor!.has(node.id);
      const inOwner = owner!.has(node.id);
      return [node.id, inVisitor && !inOwner ? 'visitor' : inOwner && !inVisitor ? 'owner' : 'shared'];
    }),
  );
}

/**
 * The nodes whose texts a step's page needs at once: its own, and those of every step its answers
 * lead to, so that moving on waits for no download.
 */
export function nodesForStep(index: NodeIndex, id: string): string[] {
  const node = index.get(id);
  return [...new Set([id, ...(node ? successors(node) : [])])];
}
