// Where does it break? From the answers so far, each link of the chain a page travels through is
// fine, suspected or unknown. Which check speaks about which link is data (chain-links.json),
// so the content can grow without code.

export const CHAIN_LINKS = ['browser', 'dns', 'cdn', 'webServer', 'backend', 'database'] as const;
export type ChainLink = (typeof CHAIN_LINKS)[number];

export const LINK_STATUSES = ['fine', 'suspected', 'unknown'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

/** What a check's answer says about one link; an answer it does not name says nothing. */
export interface ChainEvidence {
  link: ChainLink;
  ifYes?: LinkStatus;
  ifNo?: LinkStatus;
}

export type ChainLinkMap = Readonly<Record<string, ChainEvidence>>;
export type ChainStatuses = Record<ChainLink, LinkStatus>;

const STRENGTH: Record<LinkStatus, number> = { unknown: 0, fine: 1, suspected: 2 };

/**
 * One answer that a link caused the error outweighs any that it did not: a private window that
 * worked still points at the browser after clearing its cache did not help. Nodes the map does not
 * know (new content, stale storage) are ignored.
 */
export function chainStatus(answers: readonly { node: string; answer: string }[], map: ChainLinkMap): ChainStatuses {
  const statuses = Object.fromEntries(CHAIN_LINKS.map((link) => [link, 'unknown'])) as ChainStatuses;
  for (const { node, answer } of answers) {
    const evidence = Object.hasOwn(map, node) ? map[node] : undefined;
    if (!evidence) continue;
    const said = answer === 'yes' ? evidence.ifYes : answer === 'no' ? evidence.ifNo : undefined;
    if (said && STRENGTH[said] > STRENGTH[statuses[evidence.link]]) statuses[evidence.link] = said;
  }
  return statuses;
}

/** Reads chain-links.json ({ links: { [nodeId]: { link, ifYes?, ifNo?, why } } }), naming the id of any bad entry. */
export function parseChainLinks(json: unknown): ChainLinkMap {
  const links = (json as { links?: unknown } | null)?.links;
  if (typeof links !== 'object' || links === null) throw new Error('chain-links.json: "links" must be an object');
  const map: Record<string, ChainEvidence> = {};
  for (const [id, value] of Object.entries(links)) {
    const entry = value as Partial<Record<keyof ChainEvidence, unknown>>;
    if (!(CHAIN_LINKS as readonly unknown[]).includes(entry.link)) throw new Error(`chain-links.json: ${id}: unknown link "${String(entry.link)}"`);
    for (const key of ['ifYes', 'ifNo'] as const) {
      if (entry[key] !== undefined && !(LINK_STATUSES as readonly unknown[]).includes(entry[key])) {
        throw new Error(`chain-links.json: ${id}: ${key} must be one of ${LINK_STATUSES.join(', ')}`);
      }
    }
    map[id] = { link: entry.link as ChainLink, ifYes: entry.ifYes as LinkStatus | undefined, ifNo: entry.ifNo as LinkStatus | undefined };
  }
  return map;
}
