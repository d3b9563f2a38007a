import { CAUSE_STEPS, READ_LOGS_STEP } from '../diagnose/cause-steps';
import type { LinkablePage } from './paths';
import { partTextFile, TEXT_PARTS, type TextFileStem, type TextPart } from '../tree/text-parts';
import type { TextNeeds } from '../shared/text-loader-context';

/**
 * The texts each page other than a step asks for (useTexts), and that its HTML lists for the boot
 * script to fetch early: one table, so that the two never differ.
 */
export const PAGE_TEXTS: Record<LinkablePage, TextNeeds> = {
  // The steps a diagnosis can point to (they arrive with their side's file).
  diagnose: { pages: ['diagnose'], nodes: [...new Set([...Object.values(CAUSE_STEPS), READ_LOGS_STEP])] },
  // The letter may describe any path, in either side.
  request: { pages: ['request', 'diagnose'], parts: TEXT_PARTS },
  'checklist-visitor': { parts: ['shared', 'visitor'] },
  'checklist-owner': { parts: ['shared', 'owner'] },
};

/** The files of step texts that hold what `needs` names. */
export function textFilesOf({ parts = [], nodes = [] }: TextNeeds, partOf: ReadonlyMap<string, TextPart>): TextFileStem[] {
  return [...new Set([...parts, ...nodes.map((id) => partOf.get(id)!)])].map(partTextFile);
}
