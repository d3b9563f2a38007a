import { describe, expect, it } from 'vitest';
import tree from '@/content/tree.json';
import { OWNER_STEPS, VISITOR_STEP } from '@/build/error-pages/statuses';

describe('where the error pages send people', () => {
  const nodes = new Map((tree as { nodes: { id: string; options?: { id: string; next: string }[] }[] }).nodes.map((node) => [node.id, node]));

  it('the visitor to the first step of the visitor’s side', () => {
    const visitor = nodes.get('visitor-or-owner')?.options?.find((option) => option.id === 'visitor');
    expect(visitor?.next).toBe(VISITOR_STEP);
  });

  it('the owner to a step of the tree for each status', () => {
    for (const [status, step] of Object.entries(OWNER_STEPS)) expect(nodes.has(step), `${status} → ${step}`).toBe(true);
  });
});
