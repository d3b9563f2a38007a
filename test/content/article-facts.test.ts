import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTreeLocales } from '@/build/read-locales';
import { indexNodes } from '@/tree/graph';
import { LANGUAGES } from '@/tree/languages';
import { loadTree } from '@/tree/load-tree';
import type { NodeText, TreeNode } from '@/tree/types';

/**
 * Every useful fact of the source articles (../shared/seeds), each with the step that carries it and a
 * phrase a reader finds there in each language. The list is ours; a fact without its page fails.
 */
interface ArticleFact {
  fact: string;
  /** Where in the articles it comes from. */
  source: string;
  node: string;
  variant?: string;
  en: string;
  ru: string;
}

const root = join(import.meta.dirname, '../..');
const facts = JSON.parse(readFileSync(join(root, 'test/fixtures/article-facts.json'), 'utf8')) as ArticleFact[];
const tree = loadTree(JSON.parse(readFileSync(join(root, 'src/content/tree.json'), 'utf8')));
const nodes = indexNodes(tree);
const locales = readTreeLocales();

/** All a reader sees on a node's page for one platform: its texts and its commands. */
function pageText(node: TreeNode, text: NodeText, variant?: string): string {
  const steps = [...(node.steps ?? []), ...(variant ? (node.variants?.[variant] ?? []) : Object.values(node.variants ?? {}).flat())];
  const variantTexts = variant ? [text.variants?.[variant] ?? {}] : Object.values(text.variants ?? {});
  return [
    text.title,
    text.summary,
    text.body ?? '',
    ...Object.values(text.options ?? {}),
    ...Object.values(text.steps ?? {}),
    ...variantTexts.flatMap((v) => Object.values(v)),
    ...steps.map((step) => step.code ?? step.keys ?? ''),
  ]
    .join('\n')
    .toLowerCase();
}

describe('facts from the source articles', () => {
  it('are listed', () => {
    expect(facts.length).toBeGreaterThan(0);
  });

  for (const fact of facts) {
    it(`${fact.node}${fact.variant ? `/${fact.variant}` : ''}: ${fact.fact}`, () => {
      const node = nodes.get(fact.node);
      expect(node, `node "${fact.node}"`).toBeDefined();
      if (fact.variant) expect(node!.variants?.[fact.variant], `variant "${fact.variant}"`).toBeDefined();
      for (const lang of LANGUAGES) {
        const text = locales[lang].nodes[fact.node];
        expect(text, `${lang} text of "${fact.node}"`).toBeDefined();
        expect(pageText(node!, text!, fact.variant), `${lang} page of "${fact.node}"`).toContain(fact[lang].toLowerCase());
      }
    });
  }
});
