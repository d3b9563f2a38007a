import { useCommonText } from '../hooks/use-language';

/** The links a request passes through, in order; the 502 is said between the web server and the backend. */
export const CHAIN_LINKS = ['browser', 'dns', 'cdn', 'webServer', 'backend', 'database'] as const;
export type ChainLink = (typeof CHAIN_LINKS)[number];

const BOX = { width: 104, height: 46 };
// A snake in two rows, so that the labels stay readable on a 320 px screen.
const POSITIONS: Record<ChainLink, { x: number; y: number }> = {
  browser: { x: 8, y: 16 },
  dns: { x: 128, y: 16 },
  cdn: { x: 248, y: 16 },
  webServer: { x: 248, y: 132 },
  backend: { x: 128, y: 132 },
  database: { x: 8, y: 132 },
};

function Arrow({ from, to, gateway }: { from: ChainLink; to: ChainLink; gateway?: boolean }) {
  const a = POSITIONS[from];
  const b = POSITIONS[to];
  const sameRow = a.y === b.y;
  const [x1, y1, x2, y2] = sameRow
    ? a.x < b.x
      ? [a.x + BOX.width, a.y + BOX.height / 2, b.x - 4, b.y + BOX.height / 2]
      : [a.x, a.y + BOX.height / 2, b.x + BOX.width + 4, b.y + BOX.height / 2]
    : [a.x + BOX.width / 2, a.y + BOX.height, b.x + BOX.width / 2, b.y - 4];
  return (
    <line
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      className={gateway ? 'chain-arrow chain-arrow-gateway' : 'chain-arrow'}
      markerEnd={gateway ? 'url(#chain-head-gateway)' : 'url(#chain-head)'}
    />
  );
}

/** A small picture of the way a page travels, with its text alternative in the page's language. */
export function ChainFigure() {
  const t = useCommonText();
  return (
    <figure className="chain-figure">
      <svg viewBox="0 0 360 196" role="img" aria-labelledby="chain-title chain-desc" width="360" height="196">
        <title id="chain-title">{t('figure.chain.title')}</title>
        <desc id="chain-desc">{t('figure.chain.description')}</desc>
        <defs>
          {(['chain-head', 'chain-head-gateway'] as const).map((id) => (
            <marker key={id} id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0 0 10 5 0 10z" className={id === 'chain-head' ? 'chain-head' : 'chain-head-gateway'} />
            </marker>
          ))}
        </defs>
        <Arrow from="browser" to="dns" />
        <Arrow from="dns" to="cdn" />
        <Arrow from="cdn" to="webServer" />
        <Arrow from="webServer" to="backend" gateway />
        <Arrow from="backend" to="database" />
        <text x={188} y={124} className="chain-gateway-label" textAnchor="middle">
          502
        </text>
        {CHAIN_LINKS.map((link) => (
          <g key={link} className="chain-box">
            <rect x={POSITIONS[link].x} y={POSITIONS[link].y} width={BOX.width} height={BOX.height} rx="8" />
            <text x={POSITIONS[link].x + BOX.width / 2} y={POSITIONS[link].y + BOX.height / 2 + 5} textAnchor="middle">
              {t(`figure.chain.${link}`)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{t('figure.chain.caption')}</figcaption>
    </figure>
  );
}
