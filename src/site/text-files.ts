// The files of step texts: what the build writes and the browser reads. A step's page holds its own
// file (that step and those one answer on) as a JSON data block; the rest of a language's steps come
// in one file per part of the tree, so that a visitor's phone never downloads the owner's manual.
import { indexNodes, type NodeIndex } from '@/tree/graph';
import { ID } from '@/tree/ids';
import { LANGUAGES, type Language } from '@/tree/languages';
import { TEXT_PARTS, textPartOf, type TextPart } from '@/tree/text-parts';
import type { NodeText, Step, Tree, TreeLocale, TreeNode } from '@/tree/types';

/** A node's commands: its steps for every platform and per platform. Never translated. */
export interface NodeCommands {
  steps?: Step[];
  variants?: Record<string, Step[]>;
}

/** What one file holds: the words of some nodes in one language, and their commands. */
export interface StepTextFile extends TreeLocale {
  commands: Record<string, NodeCommands>;
}

/** A node's words and commands, as a page shows them. */
export interface StepText {
  text: NodeText;
  commands: NodeCommands;
}

/** A file's name within its language's folder. */
export type TextFileStem = `steps/${string}` | `parts/${TextPart}`;

/** The id of the data block in a step's page that holds the step's own file. */
export const EMBEDDED_TEXTS = 'step-texts';

export const stepTextFile = (id: string): TextFileStem => `steps/${id}`;
export const partTextFile = (part: TextPart): TextFileStem => `parts/${part}`;

export function isTextFileStem(stem: string): stem is TextFileStem {
  const [folder, name = '', ...rest] = stem.split('/');
  if (rest.length > 0) return false;
  if (folder === 'parts') return (TEXT_PARTS as readonly string[]).includes(name);
  return folder === 'steps' && ID.test(name);
}

/** The part files that hold these nodes' texts. */
export function partFilesOf(ids: readonly string[], partOf: ReadonlyMap<string, TextPart>): TextFileStem[] {
  return [...new Set(ids.map((id) => partOf.get(id)!))].map(partTextFile);
}

/** The commands of these nodes, without the notes on where they were checked (those are for reviewers). */
export function commandsOf(index: NodeIndex, ids: readonly string[]): Record<string, NodeCommands> {
  const withoutNotes = (steps: Step[]) => steps.map(({ checked: _checked, ...step }) => step);
  const commands: Record<string, NodeCommands> = {};
  for (const id of ids) {
    const node = index.get(id);
    if (!node || (!node.steps && !node.variants)) continue;
    commands[id] = {
      ...(node.steps && { steps: withoutNotes(node.steps) }),
      ...(node.variants && { variants: Object.fromEntries(Object.entries(node.variants).map(([platform, steps]) => [platform, withoutNotes(steps)])) }),
    };
  }
  return commands;
}

/** One file: these nodes' words in one language, and their commands. */
export function textFileOf(index: NodeIndex, texts: TreeLocale, ids: readonly string[]): StepTextFile {
  return { nodes: Object.fromEntries(ids.map((id) => [id, texts.nodes[id]!])), commands: commandsOf(index, ids) };
}

/** Every part file of every language, keyed "ru/parts/owner". */
export function partTextFiles(tree: Tree, locales: Record<Language, TreeLocale>): Map<string, StepTextFile> {
  const index = indexNodes(tree);
  const partOf = textPartOf(tree, index);
  const files = new Map<string, StepTextFile>();
  for (const lang of LANGUAGES) {
    for (const part of TEXT_PARTS) {
      const ids = tree.nodes.filter((node) => partOf.get(node.id) === part).map((node) => node.id);
      files.set(`${lang}/${partTextFile(part)}`, textFileOf(index, locales[lang], ids));
    }
  }
  return files;
}

/**
 * The tree as the browser's bundle holds it: structure only, since the commands travel with each
 * step's texts. A node keeps its platforms' names (for addresses and tabs), each with no steps.
 */
export function treeSkeleton(tree: Tree): Tree {
  return {
    ...tree,
    nodes: tree.nodes.map(({ steps: _steps, variants, ...node }) => ({
      ...node,
      ...(variants && { variants: Object.fromEntries(Object.keys(variants).map((platform) => [platform, []])) }),
    })) as TreeNode[],
  };
}
