import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexNodes } from '@/tree/graph';
import { loadTree } from '@/tree/load-tree';
import type { TreeNode } from '@/tree/types';

/** The tree the site was built from, so that walks follow it rather than a copy of it. */
export const tree = loadTree(JSON.parse(readFileSync(join(import.meta.dirname, '../../src/content/tree.json'), 'utf8')));
export const nodes = indexNodes(tree);

export function node(id: string): TreeNode {
  const found = nodes.get(id);
  if (!found) throw new Error(`no node "${id}" in the tree`);
  return found;
}

/** The node an option of the start question leads to. */
export function sideStart(side: 'visitor' | 'owner'): string {
  const start = node(tree.start);
  if (start.kind !== 'question') throw new Error('the start node is not a question');
  return start.options.find((o) => o.id === side)!.next;
}

/** "/ru/flush-dns/macos/" → "flush-dns"; "/ru/" → the start node. */
export function nodeOfUrl(url: string): string {
  const [, , id] = new URL(url).pathname.split('/');
  return id || tree.start;
}
