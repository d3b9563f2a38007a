import { nodeIndex, tree } from '@/site/content';
import { nodesOfSide, SIDES, type Side } from '@/tree/graph';

export const isSide = (side: string | undefined): side is Side => (SIDES as readonly (string | undefined)[]).includes(side);

/** The steps a side's checklist lists, in the order the wizard meets them; the ends are no steps to take. */
export const checklistSteps = (side: Side): string[] => nodesOfSide(tree, nodeIndex, side).filter((id) => nodeIndex.get(id)?.kind !== 'outcome');
