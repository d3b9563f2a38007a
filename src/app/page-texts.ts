import { CAUSE_STEPS, READ_LOGS_STEP } from '../diagnose/cause-steps';
import type { LinkablePage } from '../tree/paths';
import { nodeTextFile, partTextFile, stepTextFile, TEXT_PARTS, type TextFileStem } from '../tree/text-parts';
import type { TextNeeds } from './text-loader-context';

/**
 * The texts each page other than a step asks for (useTexts), and that its HTML lists for the boot
 * script to fetch early: one table, so that the two never differ.
 */
export const PAGE_TEXTS: Record<LinkablePage, TextNeeds> = {
  // The steps a diagnosis can point to, not the whole owner's side.
  diagnose: { pages: ['diagnose'], nodes: [...new Set([...Object.values(CAUSE_STEPS), READ_LOGS_STEP])] },
  // The letter may describe any path, in either side.
  request: { pages: ['request', 'diagnose'], parts: TEXT_PARTS },
  'checklist-visitor': { parts: ['shared', 'visitor'] },
  'checklist-owner': { parts: ['shared', 'owner'] },
};

/** The files of step texts that `needs` names. */
export function textFilesOf({ parts = [], step, nodes = [] }: TextNeeds): TextFileStem[] {
  return [...parts.map(partTextFile), ...(step ? [stepTextFile(step)] : []), ...nodes.map(nodeTextFile)];
}
