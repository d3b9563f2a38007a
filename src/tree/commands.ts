import type { NodeIndex } from './graph';
import type { Step, Tree, TreeLocale, TreeNode } from './types';

/** A node's commands: its steps for every platform and per platform. Not translated. */
export interface NodeCommands {
  steps?: Step[];
  variants?: Record<string, Step[]>;
}

/**
 * The tree as the browser gets it in its bundle: structure only. The notes on where each command was
 * checked are for reviewers; the commands travel with each step's texts (src/build/tree-text-files.ts),
 * so that a page downloads only its own. A node keeps its platforms' names (for addresses and tabs),
 * each with no steps until restoreCommands fills them in.
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

/** What one file of step texts holds (src/build/tree-text-files.ts): words in one language, and commands. */
export interface StepTextFile extends TreeLocale {
  commands: Record<string, NodeCommands>;
}

/** The commands of these nodes, without the notes on where they were checked. */
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

/** Puts commands that arrived with a step's texts back into the browser's skeleton tree. */
export function restoreCommands(index: NodeIndex, commands: Record<string, NodeCommands> = {}): void {
  for (const [id, nodeCommands] of Object.entries(commands)) {
    const node = index.get(id);
    if (node) Object.assign(node, nodeCommands);
  }
}
