import { CHAIN_LINKS, type ChainLink } from '@/request/chain-status';

// Where the links of the chain stand in both chain pictures: a snake in two rows, so that the labels
// stay readable on a 320 px screen, and so that both pictures read alike.

export { CHAIN_LINKS, type ChainLink };

export const CHAIN_BOX = { width: 104, height: 46 };

export type Point = { x: number; y: number };

/** The boxes' corners, the top row at `top` and the second row 116 below it. */
export function chainPositions(top: number): Record<ChainLink, Point> {
  const bottom = top + 116;
  return {
    browser: { x: 8, y: top },
    dns: { x: 128, y: top },
    cdn: { x: 248, y: top },
    webServer: { x: 248, y: bottom },
    backend: { x: 128, y: bottom },
    database: { x: 8, y: bottom },
  };
}

/** The arrows, in the order a request travels; the fourth is where a 502 is said. */
export const CHAIN_ARROWS: readonly [ChainLink, ChainLink][] = [
  ['browser', 'dns'],
  ['dns', 'cdn'],
  ['cdn', 'webServer'],
  ['webServer', 'backend'],
  ['backend', 'database'],
];

/** An arrow's line from box to box; `downGap` leaves room above the lower box (for a mark, say). */
export function arrowLine(positions: Record<ChainLink, Point>, from: ChainLink, to: ChainLink, downGap = 4): [number, number, number, number] {
  const a = positions[from];
  const b = positions[to];
  if (a.y !== b.y) return [a.x + CHAIN_BOX.width / 2, a.y + CHAIN_BOX.height, b.x + CHAIN_BOX.width / 2, b.y - downGap];
  return a.x < b.x
    ? [a.x + CHAIN_BOX.width, a.y + CHAIN_BOX.height / 2, b.x - 4, b.y + CHAIN_BOX.height / 2]
    : [a.x, a.y + CHAIN_BOX.height / 2, b.x + CHAIN_BOX.width + 4, b.y + CHAIN_BOX.height / 2];
}
