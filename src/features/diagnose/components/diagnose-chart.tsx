import { chartBars } from '@/diagnose/chart-bars';
import type { AccessSummary } from '@/diagnose/access-stats';
import type { DiagnoseText } from '@/features/diagnose/hooks/use-diagnose-text';

const WIDTH = 600;
const HEIGHT = 180;
const TOP = 16;
const BOTTOM = 24;

interface DiagnoseChartProps {
  t: DiagnoseText;
  access: AccessSummary;
  /** A time as the page shows it, in its language (and "UTC" where the log gives UTC). */
  time: (ms: number) => string;
}

/**
 * The 502s of an access log over time, drawn as bars by hand (no chart library): an SVG that
 * screen readers announce by its title and summary, with the same numbers in a table beside it.
 * It scales with its box, so it fits a 320 px screen; colours come from the site's own variables.
 */
export function DiagnoseChart({ t, access, time }: DiagnoseChartProps) {
  const { width, bars, max } = chartBars(access.minutes);
  if (bars.length === 0) return null;
  const step = WIDTH / bars.length;
  const plot = HEIGHT - TOP - BOTTOM;
  const from = time(bars[0]!.start);
  const to = time(bars.at(-1)!.start);
  return (
    <figure className="diagnose-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="diagnose-chart-title" aria-describedby="diagnose-chart-desc">
        <title id="diagnose-chart-title">{t('access.chart.title')}</title>
        <desc id="diagnose-chart-desc">{`${t('access.chart.desc', { from, to, max })} ${t('access.chart.width', { count: width })}`}</desc>
        <line className="diagnose-chart-axis" x1={0} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} />
        {bars.map((bar, index) => {
          const height = max === 0 ? 0 : Math.max(bar.errors > 0 ? 2 : 0, (bar.errors / max) * plot);
          return (
            <rect
              key={bar.start}
              className="diagnose-chart-bar"
              x={index * step + step * 0.1}
              width={step * 0.8}
              y={HEIGHT - BOTTOM - height}
              height={height}
            />
          );
        })}
        <text className="diagnose-chart-label" x={0} y={TOP - 4}>
          {max}
        </text>
      </svg>
      <figcaption>
        <span>{from}</span>
        <span>{to}</span>
      </figcaption>
      <details>
        <summary>{t('access.chart.table')}</summary>
        <table className="diagnose-table">
          <caption className="visually-hidden">{t('access.chart.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('access.chart.start')}</th>
              <th scope="col">{t('access.chart.errors')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.start}>
                <th scope="row">{time(bar.start)}</th>
                <td>{bar.errors}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
