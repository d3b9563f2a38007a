import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTreeLocales } from '@/build/read-locales';
import { indexNodes } from '@/tree/graph';
import { LANGUAGES } from '@/tree/languages';
import { loadTree } from '@/tree/load-tree';
import { pageText } from './page-text';

/**
 * The facts of today's stacks that the source articles don't have (Caddy, Traefik, HAProxy, Node.js,
 * Python app servers, containers, Kubernetes, cloud load balancers, Cloudflare's 52x and Tunnel, the
 * browser's own DNS), each with where it was checked and a phrase a reader finds on its page in each
 * language. A fact without its page fails, and so does one that names no source.
 */
interface StackFact {
  fact: string;
  /** The vendor's documentation page, or "ran here: …" for what was run on this machine's packages. */
  source: string;
  node: string;
  variant?: string;
  en: string;
  ru: string;
}

const root = join(import.meta.dirname, '../..');
const facts = JSON.parse(readFileSync(join(root, 'test/fixtures/stack-facts.json'), 'utf8')) as StackFact[];
const tree = loadTree(JSON.parse(readFileSync(join(root, 'src/content/tree.json'), 'utf8')));
const nodes = indexNodes(tree);
const locales = readTreeLocales();

describe("facts of today's stacks", () => {
  it('are listed', () => {
    expect(facts.length).toBeGreaterThan(0);
  });

  for (const fact of facts) {
    it(`${fact.node}${fact.variant ? `/${fact.variant}` : ''}: ${fact.fact}`, () => {
      expect(fact.source, 'a vendor page or where it ran').toMatch(/^(https:\/\/|ran here: )/);
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
