import { describe, expect, it } from 'vitest';
import { commandsOf, restoreCommands, treeSkeleton } from '../../src/tree/commands';
import { indexNodes } from '../../src/tree/graph';
import type { Tree } from '../../src/tree/types';

const tree: Tree = {
  start: 'start',
  aliases: { old: 'flush' },
  nodes: [
    { id: 'start', kind: 'question', options: [{ id: 'go', next: 'flush' }], figure: 'chain' },
    {
      id: 'flush',
      kind: 'check',
      yes: 'done',
      no: 'done',
      steps: [{ id: 'open', keys: 'Ctrl+R' }],
      platform: 'os',
      variants: { windows: [{ id: 'run', code: 'ipconfig /flushdns', checked: 'ran on Windows 11' }], macos: [{ id: 'run', code: 'sudo killall -HUP mDNSResponder' }] },
    },
    { id: 'done', kind: 'outcome', tone: 'solved' },
  ],
};

describe('treeSkeleton', () => {
  const skeleton = treeSkeleton(tree);
  const flush = skeleton.nodes[1]!;

  it('keeps everything but the commands: kinds, answers, platforms by name, figures, aliases', () => {
    expect(skeleton.start).toBe('start');
    expect(skeleton.aliases).toEqual({ old: 'flush' });
    expect(skeleton.nodes[0]).toEqual(tree.nodes[0]);
    expect(flush).toMatchObject({ kind: 'check', yes: 'done', no: 'done', platform: 'os' });
    expect(Object.keys(flush.variants!)).toEqual(['windows', 'macos']);
  });

  it('leaves no command, and no note on where one was checked, in the bundle', () => {
    expect(flush.steps).toBeUndefined();
    expect(flush.variants).toEqual({ windows: [], macos: [] });
    expect(JSON.stringify(skeleton)).not.toMatch(/ipconfig|Ctrl\+R|ran on/);
  });

  it('does not change the tree it is given', () => {
    expect(tree.nodes[1]!.variants!.windows).toHaveLength(1);
  });
});

describe('commandsOf and restoreCommands', () => {
  it('carry a node’s commands, without the notes, back into the skeleton', () => {
    const commands = commandsOf(indexNodes(tree), ['start', 'flush', 'done']);
    expect(Object.keys(commands)).toEqual(['flush']);
    expect(JSON.stringify(commands)).not.toContain('checked');

    const skeletonIndex = indexNodes(treeSkeleton(tree));
    restoreCommands(skeletonIndex, commands);
    const flush = skeletonIndex.get('flush')!;
    expect(flush.steps).toEqual([{ id: 'open', keys: 'Ctrl+R' }]);
    expect(flush.variants!.windows).toEqual([{ id: 'run', code: 'ipconfig /flushdns' }]);
    expect(flush.variants!.macos).toEqual([{ id: 'run', code: 'sudo killall -HUP mDNSResponder' }]);
  });

  it('ignores commands of a node the tree does not have', () => {
    const skeletonIndex = indexNodes(treeSkeleton(tree));
    expect(() => restoreCommands(skeletonIndex, { gone: { steps: [{ id: 'x', code: 'x' }] } })).not.toThrow();
    expect(skeletonIndex.has('gone')).toBe(false);
  });
});
