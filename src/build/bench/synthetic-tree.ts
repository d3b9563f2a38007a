import type { Tree, TreeLocale, TreeNode } from '@/tree/types';

/**
 * A valid tree of about `size` nodes for the growth benchmark: two long chains of checks (one per side),
 * every tenth varying by server with two commands per variant, and texts in both languages of the
 * length real steps have.
 */
export function syntheticTree(size: number): { tree: Tree; en: TreeLocale; ru: TreeLocale } {
  const perSide = Math.max(1, Math.floor((size - 5) / 2));
  const nodes: TreeNode[] = [
    { id: 'start', kind: 'question', options: [{ id: 'visitor', next: 'visitor-0' }, { id: 'owner', next: 'owner-0' }] },
  ];
  for (const side of ['visitor', 'owner']) {
    for (let i = 0; i < perSide; i++) {
      const id = `${side}-${i}`;
      const next = i + 1 < perSide ? `${side}-${i + 1}` : `${side}-contact`;
      const varies = i % 10 === 0;
      nodes.push({
        id,
        kind: 'check',
        yes: `${side}-solved`,
        no: next,
        ...(varies
          ? {
              platform: 'server' as const,
              variants: Object.fromEntries(
                ['debian-ubuntu', 'rhel-family'].map((v) => [v, [{ id: 'look', code: `systemctl status unit-${i}`, checked: 'synthetic' }, { id: 'act' }]]),
              ),
            }
          : { steps: [{ id: 'do', code: `echo step ${i}`, checked: 'synthetic' }] }),
      });
    }
    nodes.push({ id: `${side}-solved`, kind: 'outcome', tone: 'solved' }, { id: `${side}-contact`, kind: 'outcome', tone: 'contact' });
  }
  const tree: Tree = { start: 'start', aliases: {}, nodes };
  return { tree, en: textsFor(tree, 'Check', 'the service'), ru: textsFor(tree, 'Проверьте', 'службу') };
}

function textsFor(tree: Tree, verb: string, object: string): TreeLocale {
  const sentence = `${verb} ${object}: this sentence stands for the two or three lines a real step has. `;
  const texts: TreeLocale = { nodes: {} };
  for (const node of tree.nodes) {
    texts.nodes[node.id] = {
      title: `${verb} ${object} ${node.id}`,
      summary: sentence,
      body: sentence.repeat(4),
      ...(node.kind === 'question' ? { options: Object.fromEntries(node.options.map((o) => [o.id, `${verb} ${o.id}`])) } : {}),
      ...(node.steps ? { steps: Object.fromEntries(node.steps.map((s) => [s.id, sentence])) } : {}),
      ...(node.variants
        ? { variants: Object.fromEntries(Object.entries(node.variants).map(([v, steps]) => [v, Object.fromEntries(steps.map((s) => [s.id, sentence]))])) }
        : {}),
    };
  }
  return texts;
}
