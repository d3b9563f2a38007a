import { nodesOfSide, successors, type NodeIndex, SIDES } from './graph.ts';
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
 * The parts a step's page needs: its own and those of every step its answers lead to, so that moving
 * on needs no download; `shared` always, for the start and the path back to it.
 */
export function partsForStep(parts: ReadonlyMap<string, TextPart>, index: NodeIndex, id: string): TextPart[] {
  const node = index.get(id);
  const needed = new Set<TextPart>(['shared']);
  for (const other of [id, ...(node ? successors(node) : [])]) {
    const part = parts.get(other);
    if (part) needed.add(part);
  }
  return TEXT_PARTS.filter((part) => needed.has(part));
}
