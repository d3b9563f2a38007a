import { useCommonText } from '@/shared/hooks/use-language';
import { arrowLine, CHAIN_ARROWS, CHAIN_BOX, CHAIN_LINKS, chainPositions } from '@/shared/components/chain-geometry';

const POSITIONS = chainPositions(16);

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
        {CHAIN_ARROWS.map(([from, to]) => {
          const gateway = from === 'webServer';
          const [x1, y1, x2, y2] = arrowLine(POSITIONS, from, to);
          return (
            <line
              key={from}
              x1={x1}
              y1={y1}
              x2={x2}
              y2={y2}
              className={gateway ? 'chain-arrow chain-arrow-gateway' : 'chain-arrow'}
              markerEnd={gateway ? 'url(#chain-head-gateway)' : 'url(#chain-head)'}
            />
          );
        })}
        <text x={188} y={124} className="chain-gateway-label" textAnchor="middle">
          502
        </text>
        {CHAIN_LINKS.map((link) => (
          <g key={link} className="chain-box">
            <rect x={POSITIONS[link].x} y={POSITIONS[link].y} width={CHAIN_BOX.width} height={CHAIN_BOX.height} rx="8" />
            <text x={POSITIONS[link].x + CHAIN_BOX.width / 2} y={POSITIONS[link].y + CHAIN_BOX.height / 2 + 5} textAnchor="middle">
              {t(`figure.chain.${link}`)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{t('figure.chain.caption')}</figcaption>
    </figure>
  );
}
