import { nodesOfSide, successors, type NodeIndex, SIDES } from './graph.ts';
import type { Tree } from './types';
import { ID } from './ids.ts';

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

/**
 * The files of step texts, named from a language's folder: a step's page holds its own (that step's
 * and those one answer on, nodesForStep); the app fetches the rest by part, once per side: a visitor
 * never downloads the owner's server manual.
 */
export type TextFileStem = `steps/${string}` | `parts/${TextPart}`;

/** The id of the element in a step's page that holds its step file (src/build/html-document.ts). */
export const EMBEDDED_TEXTS = 'step-texts';

export const stepTextFile = (id: string): TextFileStem => `steps/${id}`;
export const partTextFile = (part: TextPart): TextFileStem => `parts/${part}`;

export function isTextFileStem(stem: string): stem is TextFileStem {
  const [folder, name = '', ...rest] = stem.split('/');
  if (rest.length > 0) return false;
  if (folder === 'parts') return (TEXT_PARTS as readonly string[]).includes(name);
  return folder === 'steps' && ID.test(name);
}
