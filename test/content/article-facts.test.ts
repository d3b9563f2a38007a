import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTreeLocales } from '@/build/read-locales';
import { indexNodes } from '@/tree/graph';
import { LANGUAGES } from '@/tree/languages';
import { loadTree } from '@/tree/load-tree';
import { pageText } from './page-text';

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
