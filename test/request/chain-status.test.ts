import { describe, expect, it } from 'vitest';
import chainLinksJson from '@/content/chain-links.json';
import treeJson from '@/content/tree.json';
import { CHAIN_LINKS, chainStatus, parseChainLinks, type ChainLinkMap } from '@/request/chain-status';

const map: ChainLinkMap = {
  'private-window': { link: 'browser', ifYes: 'suspected', ifNo: 'fine' },
  'clear-cache': { link: 'browser', ifYes: 'suspected' },
  'flush-dns': { link: 'dns', ifYes: 'suspected', ifNo: 'fine' },
  'php-fpm': { link: 'backend', ifYes: 'suspected' },
};
const allUnknown = Object.fromEntries(CHAIN_LINKS.map((link) => [link, 'unknown']));

describe('chainStatus', () => {
  it('marks every link unknown before any answer', () => {
    expect(chainStatus([], map)).toEqual(allUnknown);
  });

  it('a check that helped makes its link suspected; one that did not, fine', () => {
    expect(chainStatus([{ node: 'flush-dns', answer: 'yes' }], map)).toEqual({ ...allUnknown, dns: 'suspected' });
    expect(chainStatus([{ node: 'private-window', answer: 'no' }, { node: 'flush-dns', answer: 'no' }], map)).toEqual({
      ...allUnknown,
      browser: 'fine',
      dns: 'fine',
    });
  });

  it('an answer the map does not speak of leaves the link as it was', () => {
    expect(chainStatus([{ node: 'php-fpm', answer: 'no' }], map)).toEqual(allUnknown);
  });

  it('suspected outweighs fine, whatever the order', () => {
    const helped = { node: 'private-window', answer: 'yes' };
    const cleared = { node: 'clear-cache', answer: 'no' };
    expect(chainStatus([helped, cleared], map).browser).toBe('suspected');
    expect(chainStatus([{ node: 'private-window', answer: 'no' }, { node: 'clear-cache', answer: 'yes' }], map).browser).toBe('suspected');
  });

  it('ignores nodes it does not know, question options, and names that are not ids', () => {
    expect(chainStatus([{ node: 'no-such-node', answer: 'yes' }, { node: 'flush-dns', answer: 'macos' }, { node: 'toString', answer: 'yes' }], map)).toEqual(allUnknown);
  });
});

describe('chain-links.json', () => {
  const links = parseChainLinks(chainLinksJson);
  const checks = new Set(treeJson.nodes.filter((node) => node.kind === 'check').map((node) => node.id));

  it('names a link of the chain and a status for each answer', () => {
    expect(Object.keys(links).length).toBeGreaterThan(0);
  });

  // When the content is rewritten, this names the entries to move to the new ids.
  it('maps only checks that the tree has', () => {
    expect(Object.keys(links).filter((id) => !checks.has(id))).toEqual([]);
  });

  it('parseChainLinks refuses an unknown link or status, naming the node', () => {
    expect(() => parseChainLinks({ links: { 'a-node': { link: 'router' } } })).toThrow(/a-node: unknown link "router"/);
    expect(() => parseChainLinks({ links: { 'a-node': { link: 'dns', ifYes: 'broken' } } })).toThrow(/a-node: ifYes/);
    expect(() => parseChainLinks({})).toThrow(/"links"/);
  });
});
