import { describe, it, expect } from 'vitest';
import { loadTree } from '@/tree/load-tree';
import { validTree } from '../fixtures/trees';

describe('loadTree', () => {
  it('returns a well-shaped tree as it is', () => {
    expect(loadTree(structuredClone(validTree))).toEqual(validTree);
  });

  it('gives a tree without aliases an empty set of them', () => {
    const { aliases: _, ...withoutAliases } = structuredClone(validTree);
    expect(loadTree(withoutAliases).aliases).toEqual({});
  });

  it('leaves finer checks such as unknown kinds to validateTree', () => {
    const raw = { start: 'a', nodes: [{ id: 'a', kind: 'ending' }] };
    expect(loadTree(raw).nodes).toEqual([{ id: 'a', kind: 'ending' }]);
  });

  it.each([
    ['something that is not an object', [], 'expected an object'],
    ['null', null, 'expected an object'],
    ['a start that is not a string', { start: 1, nodes: [] }, '"start" must be a node id'],
    ['aliases that are a list', { start: 'a', aliases: ['b'], nodes: [] }, '"aliases" must map old ids'],
    ['nodes that are not a list', { start: 'a', nodes: {} }, '"nodes" must be an array'],
    ['a node without a string id', { start: 'a', nodes: [{ id: 'a' }, { id: 2 }] }, 'nodes[1] has no string "id"'],
    ['a node that is not an object', { start: 'a', nodes: ['a'] }, 'nodes[0] has no string "id"'],
    ['a question without a list of options', { start: 'a', nodes: [{ id: 'a', kind: 'question' }] }, '"a" has no options'],
  ])('throws a readable error for %s', (_, raw, message) => {
    expect(() => loadTree(raw)).toThrow(message);
  });
});
