import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTreeLocales } from '@/build/read-locales';
import { indexNodes } from '@/tree/graph';
import { LANGUAGES } from '@/tree/languages';
import { loadTree } from '@/tree/load-tree';
import { pageText } from './page-text';

/** A fact a page must carry: a phrase a reader finds on the node's page (or its variant's) in each language. */
export interface PageFact {
  fact: string;
  /** Where it comes from: the articles' passage, the vendor's page, or "ran here: …". */
  source: string;
  node: string;
  variant?: string;
  en: string;
  ru: string;
}

const root = join(import.meta.dirname, '../..');
const nodes = indexNodes(loadTree(JSON.parse(readFileSync(join(root, 'src/content/tree.json'), 'utf8'))));
const locales = readTreeLocales();

/**
 * One test a fact of the fixture (test/fixtures/{fixture}.json): its node (and variant) exists and its
 * page says the phrase in both languages; `checkSource` adds what that list asks of a fact's source.
 */
export function describePageFacts(title: string, fixture: string, checkSource?: (fact: PageFact) => void): void {
  const facts = JSON.parse(readFileSync(join(root, `test/fixtures/${fixture}.json`), 'utf8')) as PageFact[];
  describe(title, () => {
    it('are listed', () => {
      expect(facts.length).toBeGreaterThan(0);
    });

    for (const fact of facts) {
      it(`${fact.node}${fact.variant ? `/${fact.variant}` : ''}: ${fact.fact}`, () => {
        checkSource?.(fact);
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
