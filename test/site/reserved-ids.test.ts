import { describe, it, expect } from 'vitest';
import { RESERVED_IDS } from '../../src/site/reserved-ids';
import { validateTree } from '../../src/tree/validate-tree';
import { localesFor, validTree } from '../fixtures/trees';

describe('RESERVED_IDS', () => {
  it("reserves the names of the site's own pages and files", () => {
    expect(RESERVED_IDS).toEqual(expect.arrayContaining(['checklist', 'assets', 'locales', '404', 'sitemap', 'index']));
  });

  it('holds only lowercase kebab-case names, which are the only ones a node id could clash with', () => {
    for (const id of RESERVED_IDS) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('makes validateTree reject each of them as a node id', () => {
    for (const id of RESERVED_IDS) {
      const tree = { ...validTree, nodes: [...validTree.nodes, { id, kind: 'outcome' as const, tone: 'wait' as const }] };
      const codes = validateTree(tree, localesFor(tree)).filter((p) => p.node === id).map((p) => p.code);
      expect(codes, id).toContain('reserved-id');
    }
  });
});
