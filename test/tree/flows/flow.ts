import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexNodes } from '@/tree/graph';
import { loadTree } from '@/tree/load-tree';
import type { TreeNode } from '@/tree/types';

/**
 * Where each answer of a node leads, written out by hand: a question's option ids, a check's "yes"
 * and "no", an info page's "continue", each with the id of the next node. The order of the rows is
 * the order a person sees the answers in.
 */
export interface Table {
  kind: 'question' | 'check' | 'info';
  answers: Readonly<Record<string, string>>;
}

/** One area of the flow: its node tables by node id. */
export interface Area {
  name: string;
  tables: Readonly<Record<string, Table>>;
}

export const question = (answers: Record<string, string>): Table => ({ kind: 'question', answers });
export const check = (answers: { yes: string; no: string }): Table => ({ kind: 'check', answers });
export const info = (answers: { continue: string }): Table => ({ kind: 'info', answers });

/** The real tree, read the way the build reads it. */
export const tree = loadTree(JSON.parse(readFileSync(join(import.meta.dirname, '../../../src/content/tree.json'), 'utf8')));
const nodes = indexNodes(tree);

/** The keys of a node (and of an option) that decide nothing about where an answer leads. */
const NOT_ROUTING = new Set(['id', 'kind', 'steps', 'platform', 'variants', 'figure', 'tone']);
const ROUTING = new Set(['options', 'yes', 'no', 'next']);

/** What the tree says a node's answers lead to, in the same shape as a table. */
export function waysOut(node: TreeNode): Table | undefined {
  switch (node.kind) {
    case 'question':
      return { kind: 'question', answers: Object.fromEntries(node.options.map((option) => [option.id, option.next])) };
    case 'check':
      return { kind: 'check', answers: { yes: node.yes, no: node.no } };
    case 'info':
      return { kind: 'info', answers: { continue: node.next } };
    default:
      return undefined;
  }
}

/**
 * Keys that would make a node lead elsewhere than its table says (a next per platform, say) are
 * unknown here, so they fail until this helper learns them and the tables pin them.
 */
export function unknownKeys(node: TreeNode): string[] {
  const options = node.kind === 'question' ? node.options.flatMap((option) => Object.keys(option).filter((key) => key !== 'id' && key !== 'next')) : [];
  return [...Object.keys(node).filter((key) => !NOT_ROUTING.has(key) && !ROUTING.has(key)), ...options.map((key) => `options[].${key}`)];
}

/** One describe per node, one test per answer: "for "yes", the next node is "visitor-solved"". */
export function describeArea({ name, tables }: Area): void {
  describe(name, () => {
    for (const [id, table] of Object.entries(tables)) {
      describe(`${id} (${table.kind})`, () => {
        const node = nodes.get(id);

        it.each(Object.entries(table.answers))('for "%s", the next node is "%s"', (answer, next) => {
          expect(node, `no node "${id}" in tree.json`).toBeDefined();
          expect(waysOut(node!)?.answers[answer], `where "${answer}" of "${id}" leads`).toBe(next);
        });

        it('has exactly these answers, in this order, and no other way out', () => {
          expect(waysOut(node!)).toEqual(table);
          expect(Object.keys(waysOut(node!)!.answers)).toEqual(Object.keys(table.answers));
          expect(unknownKeys(node!)).toEqual([]);
        });
      });
    }
  });
}
