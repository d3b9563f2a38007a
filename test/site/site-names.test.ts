import { describe, expect, it } from 'vitest';
import { paths, SITE_NAMES } from '@/site/paths';
import { validateTree } from '@/tree/validate-tree';
import { localesFor, validTree } from '../fixtures/trees';

describe('SITE_NAMES.reservedIds', () => {
  it("are the first segments of the site's own pages under /{lang}/", () => {
    for (const path of [paths.diagnose('en'), paths.request('en'), paths.checklist('en', 'owner')]) {
      expect(SITE_NAMES.reservedIds).toContain(path.split('/')[2]);
    }
  });

  it('makes validateTree reject each of them as a node id', () => {
    for (const id of SITE_NAMES.reservedIds) {
      const tree = { ...validTree, nodes: [...validTree.nodes, { id, kind: 'outcome' as const, tone: 'wait' as const }] };
      const codes = validateTree(tree, localesFor(tree), SITE_NAMES).filter((p) => p.node === id).map((p) => p.code);
      expect(codes, id).toContain('reserved-id');
    }
  });
});
