import { useId } from 'react';
import { useI18n } from '@/shared/i18n';
import type { ChainStatuses, LinkStatus } from '@/request/chain-status';
import { fill } from '@/request/fill';
import { useCommonText, useLanguage } from '@/shared/hooks/use-language';
import { requestText } from '@/site/request-text';
import { arrowLine, CHAIN_ARROWS, CHAIN_BOX, CHAIN_LINKS, chainPositions, type ChainLink } from '@/shared/components/chain-geometry';

const POSITIONS = chainPositions(20);
/** Status is never told by colour alone: each box also carries a mark and its own outline. */
export const STATUS_MARKS: Record<LinkStatus, string> = { fine: '✓', suspected: '!', unknown: '?' };

/** The chain a page travels through, each link marked fine, suspected or not checked from the answers so far. */
export function ChainStatusFigure({ statuses }: { statuses: ChainStatuses }) {
  const lang = useLanguage();
  const t = useCommonText();
  const i18n = useI18n();
  const r = requestText(i18n, lang).figure;
  const id = useId();
  const linkName = (link: ChainLink) => t(`figure.chain.${link}`);
  const lines = CHAIN_LINKS.map((link) => fill(r.line, { link: linkName(link), status: r.status[statuses[link]] }));
  return (
    <figure className="chain-figure chain-status-figure">
      <svg viewBox="0 0 360 200" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} width="360" height="200">
        <title id={`${id}-title`}>{r.title}</title>
        <desc id={`${id}-desc`}>{[r.description, ...lines].join(' ')}</desc>
        <defs>
          <marker id={`${id}-head`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0 10 5 0 10z" className="chain-head" />
          </marker>
        </defs>
        {CHAIN_ARROWS.map(([from, to]) => {
          const [x1, y1, x2, y2] = arrowLine(POSITIONS, from, to, 12);
          return <line key={from} x1={x1} y1={y1} x2={x2} y2={y2} className="chain-arrow" markerEnd={`url(#${id}-head)`} />;
        })}
        <text x={188} y={128} className="chain-gateway-label" textAnchor="middle" aria-hidden="true">
          502
        </text>
        {CHAIN_LINKS.map((link) => {
          const { x, y } = POSITIONS[link];
          const status = statuses[link];
          return (
            <g key={link} className={`chain-box chain-status-${status}`} data-link={link} data-status={status}>
              <rect x={x} y={y} width={CHAIN_BOX.width} height={CHAIN_BOX.height} rx="8" />
              <text x={x + CHAIN_BOX.width / 2} y={y + CHAIN_BOX.height / 2 + 5} textAnchor="middle">
                {linkName(link)}
              </text>
              <circle cx={x + CHAIN_BOX.width - 12} cy={y} r="10" className="chain-mark" />
              <text x={x + CHAIN_BOX.width - 12} y={y + 5} textAnchor="middle" className="chain-mark-text">
                {STATUS_MARKS[status]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span aria-hidden="true">{r.legend}</span> {r.caption}
      </figcaption>
    </figure>
  );
}
