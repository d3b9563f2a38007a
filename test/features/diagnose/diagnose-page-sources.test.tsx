import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, texts } from '../../render-app';
import type { Language } from '@/tree/languages';

const text = (lang: Language) => texts[lang].diagnose;
const tree = (lang: Language) => texts[lang].tree.nodes;

/** The page at /{lang}/diagnose/, in the real app. */
async function renderPage(lang: Language) {
  await renderApp(`/${lang}/diagnose/`);
  await screen.findByRole('heading', { level: 1, name: text(lang).title });
}

async function paste(lang: Language, log: string) {
  fireEvent.change(screen.getByLabelText(text(lang).input.label), { target: { value: log } });
  fireEvent.click(screen.getByRole('button', { name: text(lang).run }));
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

// The first render reads every locale file: on a busy machine that alone can take seconds.
describe('DiagnosePage, beyond the error log', { timeout: 30_000 }, () => {
  for (const lang of ['en', 'ru'] as const) {
    const t = text(lang);

    it(`${lang}: advice names the socket and the PHP service of the line`, async () => {
      await renderPage(lang);
      await paste(lang, '2026/11/25 10:00:00 [crit] 7#7: *5 connect() to unix:/run/php/php8.4-fpm.sock failed (2: No such file or directory) while connecting to upstream');
      const results = await screen.findByRole('region', { name: t.results.title });
      expect(within(results).getByText(fill(t.advice['socket-missing-php'], { socket: 'unix:/run/php/php8.4-fpm.sock', service: 'php8.4-fpm' }))).toBeTruthy();
    });

    it(`${lang}: a gunicorn timeout links the timeouts step and gunicorn's own`, async () => {
      await renderPage(lang);
      await paste(lang, '[2026-12-01 20:25:38 +0000] [16078] [CRITICAL] WORKER TIMEOUT (pid:16080)');
      const results = await screen.findByRole('region', { name: t.results.title });
      const own = within(results).getByRole('link', { name: fill(t.results.server, { step: tree(lang)['owner-python-app'].title }) });
      expect(own.getAttribute('href')).toBe('../owner-python-app/');
      expect(within(results).getByRole('link', { name: fill(t.results.fix, { step: tree(lang)['owner-timeouts'].title }) })).toBeTruthy();
    });

    it(`${lang}: a pasted Cloudflare page says who answered, its Ray ID and the step`, async () => {
      await renderPage(lang);
      await paste(lang, 'Bad gateway Error code 502\nYou\nBrowser\nWorking\nFrankfurt\nCloudflare\nWorking\nexample.com\nHost\nError\nCloudflare Ray ID: 8e9f6c2b3a1d4e5f • Performance & security by Cloudflare');
      const answer = await screen.findByRole('region', { name: t.page.title });
      expect(within(answer).getByText(t.page.layers['cloudflare-host'])).toBeTruthy();
      expect(within(answer).getByText(fill(t.page.cloudflareId, { id: '8e9f6c2b3a1d4e5f' }))).toBeTruthy();
      const link = within(answer).getByRole('link', { name: fill(t.page.next, { step: tree(lang)['owner-cloudflare-host'].title }) });
      expect(link.getAttribute('href')).toBe('../owner-cloudflare-host/');
      expect(screen.getByRole('status').textContent).toBe(t.status.page);
    });

    it(`${lang}: an access log draws its 502s per minute and lists URLs and upstreams`, async () => {
      await renderPage(lang);
      const line = (minute: number, status: number, url: string) =>
        `10.0.0.1 - - [01/Dec/2026:20:0${minute}:10 +0000] "GET ${url} HTTP/1.1" ${status} 10 "-" "curl" ua="127.0.0.1:9000" us="${status}" urt="0.250"`;
      await paste(lang, [line(1, 200, '/'), line(2, 502, '/cart'), line(2, 502, '/cart'), line(4, 502, '/')].join('\n'));
      const access = await screen.findByRole('region', { name: t.access.title });
      const chart = within(access).getByRole('img', { name: t.access.chart.title });
      expect(chart.querySelectorAll('rect')).toHaveLength(3); // 20:02, 20:03 (none), 20:04
      expect(within(access).getByRole('cell', { name: '/cart' })).toBeTruthy();
      expect(within(access).getByRole('cell', { name: '127.0.0.1:9000' })).toBeTruthy();
      expect(within(access).getByRole('cell', { name: '502 × 3' })).toBeTruthy();
      expect(access.textContent).toContain('20:02');
    });
  }

  it('values from the log stay text: a <script> in a socket path or a URL is shown, never run', async () => {
    await renderPage('en');
    await paste(
      'en',
      [
        '2026/11/25 10:00:00 [crit] 7#7: *5 connect() to unix:/run/<script>alert(1)</script>.sock failed (2: No such file or directory) while connecting to upstream',
        '10.0.0.1 - - [01/Dec/2026:20:02:10 +0000] "GET /<img src=x onerror=alert(1)> HTTP/1.1" 502 10 "-" "curl"',
      ].join('\n'),
    );
    const results = await screen.findByRole('region', { name: text('en').results.title });
    expect(results.querySelector('.diagnose-advice')!.textContent).toContain('unix:/run/<script>alert(1)</script>.sock');
    const access = screen.getByRole('region', { name: text('en').access.title });
    expect(within(access).getByRole('cell', { name: '/<img' })).toBeTruthy();
    expect(document.querySelector('.diagnose script, .diagnose img')).toBeNull();
  });

  it('values from the log are not read as i18next markup either', async () => {
    await renderPage('en');
    await paste('en', '2026/11/25 10:00:00 [error] 7#7: *6 connect() to 10.0.0.5:$t(title){{upstream}} failed (111: Connection refused) while connecting to upstream');
    const results = await screen.findByRole('region', { name: text('en').results.title });
    expect(results.querySelector('.diagnose-advice')!.textContent).toContain('10.0.0.5:$t(title){{upstream}}');
  });
});
