import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTreeLocales } from '@/build/read-locales';
import { indexNodes } from '@/tree/graph';
import { LANGUAGES } from '@/tree/languages';
import { loadTree } from '@/tree/load-tree';
import { pageText } from './page-text';

/** A fact, where it comes from, the step (and platform) that carries it, and a phrase of it in each language. */
export interface PageFact {
  fact: string;
  source: string;
  node: string;
  variant?: string;
  en: string;
  ru: string;
}

const root = join(import.meta.dirname, '../..');
const tree = loadTree(JSON.parse(readFileSync(join(root, 'src/content/tree.json'), 'utf8')));
const nodes = indexNodes(tree);
const locales = readTreeLocales();

/**
 * One test per fact of a list (a JSON file under test/fixtures): its step exists, and a reader finds
 * its phrase on that step's page in every language. `checkSource` adds what a list asks of its sources.
 */
export function describeFactsOnPages(title: string, file: string, checkSource?: (source: string) => void): void {
  const facts = JSON.parse(readFileSync(join(root, 'test/fixtures', file), 'utf8')) as PageFact[];

  describe(title, () => {
    it('are listed', () => {
      expect(facts.length).toBeGreaterThan(0);
    });

    for (const fact of facts) {
      it(`${fact.node}${fact.variant ? `/${fact.variant}` : ''}: ${fact.fact}`, () => {
        checkSource?.(fact.source);
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
}
