import { describe, it, expect } from 'vitest';
import { indexNodes, nodesOfSide, successors, walk } from '@/tree/graph';
import type { Tree } from '@/tree/types';
import { nodeOf, validTree, variation } from '../fixtures/trees';

const index = indexNodes(validTree);

describe('indexNodes', () => {
  it('finds every node by its id', () => {
    expect([...index.keys()]).toEqual(validTree.nodes.map((node) => node.id));
    expect(index.get('flush-dns')?.kind).toBe('check');
  });
});

describe('successors', () => {
  it('lists where the options of a question lead, in the order a person sees them', () => {
    expect(successors(nodeOf(validTree, 'start', 'question'))).toEqual(['reload', 'owner-logs', 'reload']);
  });

  it('lists "yes" before "no" for a check', () => {
    expect(successors(nodeOf(validTree, 'reload', 'check'))).toEqual(['solved', 'flush-dns']);
  });

  it('lists nothing for an outcome', () => {
    expect(successors(nodeOf(validTree, 'solved', 'outcome'))).toEqual([]);
  });
});

describe('walk', () => {
  it('visits every reachable node breadth-first, each with the node that first led to it', () => {
    expect([...walk(index, 'start')]).toEqual([
      ['start', null],
      ['reload', 'start'],
      ['owner-logs', 'start'],
      ['solved', 'reload'],
      ['flush-dns', 'reload'],
      // owner-logs is one level above flush-dns, so it is the first to lead here
      ['contact-site', 'owner-logs'],
    ]);
  });

  it('visits only what lies below the node it starts from', () => {
    expect([...walk(index, 'owner-logs').keys()]).toEqual(['owner-logs', 'solved', 'contact-site']);
  });

  it('skips answers that point to no node and stops on cycles', () => {
    const { tree } = variation((t) => {
      nodeOf(t, 'reload', 'check').yes = 'nowhere';
      nodeOf(t, 'flush-dns', 'check').no = 'reload';
    });
    expect([...walk(indexNodes(tree), 'reload')]).toEqual([
      ['reload', null],
      ['flush-dns', 'reload'],
      ['solved', 'flush-dns'],
    ]);
  });
});

describe('nodesOfSide', () => {
  it('lists the visitor side in the order a person meets its nodes', () => {
    expect(nodesOfSide(validTree, index, 'visitor')).toEqual(['reload', 'solved', 'flush-dns', 'contact-site']);
  });

  it('lists the owner side, sharing outcomes with the visitor side', () => {
    expect(nodesOfSide(validTree, index, 'owner')).toEqual(['owner-logs', 'solved', 'contact-site']);
  });

  it('is empty when the start question has no option for that side', () => {
    const { tree } = variation((t) => nodeOf(t, 'start', 'question').options.splice(1, 1));
    expect(nodesOfSide(tree, indexNodes(tree), 'owner')).toEqual([]);
  });

  it('is empty when the start is not a question', () => {
    const tree: Tree = { ...validTree, start: 'reload' };
    expect(nodesOfSide(tree, index, 'visitor')).toEqual([]);
  });
});
