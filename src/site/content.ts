// The tree, once, for the app and the build. In the browser's bundle it is a skeleton (no commands):
// a step's commands arrive with its texts (text-files.ts).
// The attribute lets Node load this module natively too (the e2e tests' loader), not only Vite and tsx.
import treeJson from '@/content/tree.json' with { type: 'json' };
import { indexNodes, walk } from '@/tree/graph';
import { loadTree } from '@/tree/load-tree';
import { textPartOf } from '@/tree/text-parts';

export const tree = loadTree(treeJson);
export const nodeIndex = indexNodes(tree);

/** The node that first leads to each node from the start: the back link when no answers are known. */
export const firstParents = walk(nodeIndex, tree.start);

/** Which part of the step texts each node's words are downloaded with. */
export const textParts = textPartOf(tree, nodeIndex);
