import type { AccessSummary } from '@/diagnose/access-stats';
import type { DiagnoseText } from '@/features/diagnose/hooks/use-diagnose-text';
import { useLanguage } from '@/shared/hooks/use-language';
import { DiagnoseChart } from './diagnose-chart';

const seconds = (lang: string, value: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 3 }).format(value);

/**
 * What an access log shows: how many requests and 502s, when they started, per minute as a chart,
 * and which URLs and upstreams had them (with what the upstream answered and how long it took,
 * where the log format says). URLs and addresses come from the log and are shown as text.
 */
export function DiagnoseAccess({ t, access }: { t: DiagnoseText; access: AccessSummary }) {
  const lang = useLanguage();
  // Logs count in 24 hours, so the page does too, in both languages.
  const format = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const time = (ms: number) => t(access.utc ? 'access.utc' : 'access.local', { time: format.format(ms) });
  const bad = access.gateway['502'] ?? 0;
  return (
    <section className="diagnose-access" aria-labelledby="diagnose-access-heading">
      <h2 id="diagnose-access-heading">{t('access.title')}</h2>
      <p>
        {t('access.requests', {
          requests: access.requests,
          bad,
          unavailable: access.gateway['503'] ?? 0,
          slow: access.gateway['504'] ?? 0,
        })}
      </p>
      {access.first === undefined || access.last === undefined ? (
        <p>{t('access.none')}</p>
      ) : (
        <>
          <p>{t('access.started', { first: time(access.first), last: time(access.last) })}</p>
          <DiagnoseChart t={t} access={access} time={time} />
          <h3>{t('access.urls.title')}</h3>
          <table className="diagnose-table">
            <thead>
              <tr>
                <th scope="col">{t('access.urls.url')}</th>
                <th scope="col">{t('access.urls.count')}</th>
              </tr>
            </thead>
            <tbody>
              {access.urls.map(({ url, count }) => (
                <tr key={url}>
                  <td>
                    <code>{url}</code>
                  </td>
                  <td>{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {access.otherUrls > 0 && <p className="hint">{t('access.urls.others', { count: access.otherUrls })}</p>}
          {access.upstreams.length > 0 && (
            <>
              <h3>{t('access.upstreams.title')}</h3>
              <table className="diagnose-table">
                <thead>
                  <tr>
                    <th scope="col">{t('access.upstreams.upstream')}</th>
                    <th scope="col">{t('access.upstreams.count')}</th>
                    <th scope="col">{t('access.upstreams.status')}</th>
                    <th scope="col">{t('access.upstreams.time')}</th>
                    <th scope="col">{t('access.upstreams.max')}</th>
                  </tr>
                </thead>
                <tbody>
                  {access.upstreams.map((upstream) => (
                    <tr key={upstream.upstream}>
                      <td>
                        <code>{upstream.upstream}</code>
                      </td>
                      <td>{upstream.count}</td>
                      <td>{upstream.statuses.map(([status, count]) => `${status} × ${count}`).join(', ')}</td>
                      <td>{upstream.averageTime === undefined ? '' : t('access.upstreams.seconds', { value: seconds(lang, upstream.averageTime) })}</td>
                      <td>{upstream.maxTime === undefined ? '' : t('access.upstreams.seconds', { value: seconds(lang, upstream.maxTime) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
