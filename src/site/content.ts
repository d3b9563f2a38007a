import treeJson from '../content/tree.json';
import { indexNodes, walk } from '../tree/graph';
import type { Language } from '../tree/languages';
import { paths } from './paths';
import { loadTree } from '../tree/load-tree';
import { textPartOf } from '../tree/text-parts';

export const tree = loadTree(treeJson);
export const nodeIndex = indexNodes(tree);

/** A step's address: the start question lives at /{lang}/, every other node at /{lang}/{id}/. */
export function stepPath(lang: Language, id: string, variant?: string | null): string {
  return id === tree.start ? paths.start(lang) : paths.node(lang, id, variant ?? undefined);
}

/** The node that first leads to each node from the start: the back link when no answers are known. */
export const firstParents = walk(nodeIndex, tree.start);

/** Which part of the step texts each node's words are downloaded with. */
export const textParts = textPartOf(tree, nodeIndex);
