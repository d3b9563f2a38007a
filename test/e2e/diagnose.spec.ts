import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAUSE_STEPS } from '@/diagnose/cause-steps';
import { expect, test, title } from './fixtures';
import { waitForHydration } from './wizard';

const root = join(import.meta.dirname, '../..');
const corpus = JSON.parse(readFileSync(join(root, 'test/fixtures/diagnose-corpus.json'), 'utf8')) as { line: string; cause: string | null }[];
const lineOf = (cause: string) => corpus.find((entry) => entry.cause === cause)!.line;
const texts = (lang: string) => JSON.parse(readFileSync(join(root, `locales/${lang}/diagnose.json`), 'utf8'));

// Real lines people posted (test/fixtures/diagnose-corpus.json): two socket errors, one timeout,
// and a line with markup in it that must show as text.
const LOG = [
  lineOf('socket-missing'),
  'some unrelated line',
  lineOf('timeout'),
  lineOf('socket-missing'),
  '2024/01/01 00:00:00 [error] 1#1: *1 upstream prematurely closed connection <script>window.__pwned = true</script>',
].join('\n');

for (const lang of ['en', 'ru'] as const) {
  const t = texts(lang);

  test(`${lang}: a pasted log gives its causes, most likely first, with links to the steps that fix them`, async ({ page, checks }) => {
    test.setTimeout(60_000); // two axe runs: on a loaded machine each takes some 15 s on this page
    await page.goto(`/${lang}/diagnose/`);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
    await checks.axe();
    await page.getByLabel(t.input.label).fill(LOG);

    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.getByRole('button', { name: t.run }).click();

    const results = page.getByRole('region', { name: t.results.title });
    await expect(results).toBeVisible();
    const causes = results.getByRole('heading', { level: 3 });
    await expect(causes.first()).toContainText(t.causes['socket-missing'].title);
    await expect(results).toContainText(t.causes.timeout.title);
    await expect(results).toContainText(t.causes['upstream-crashed'].title);
    // Markup in a log line is shown, never run.
    for (const summary of await results.locator('summary').all()) await summary.click();
    await expect(results.getByText('<script>window.__pwned = true</script>', { exact: false })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(requests, 'requests while analysing').toEqual([]); // the log never leaves the device
    await checks.axe();

    const step = CAUSE_STEPS['socket-missing'];
    await results.getByRole('link', { name: new RegExp(title(lang, step).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang, step));
  });
}

test('a chosen or dropped log file is analysed in the browser', async ({ page }) => {
  const t = texts('en');
  await page.goto('/en/diagnose/');
  await waitForHydration(page);
  await page.getByLabel(t.file.button).setInputFiles({ name: 'error.log', mimeType: 'text/plain', buffer: Buffer.from(LOG) });
  const results = page.getByRole('region', { name: t.results.title });
  await expect(results).toContainText(t.causes['socket-missing'].title);

  await page.reload();
  await waitForHydration(page);
  await page.evaluate((log) => {
    const data = new DataTransfer();
    data.items.add(new File([log], 'dropped.log', { type: 'text/plain' }));
    const form = document.querySelector('form')!;
    for (const type of ['dragenter', 'dragover', 'drop']) form.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
  }, lineOf('php-fpm-max-children'));
  await expect(results).toContainText(t.causes['php-fpm-max-children'].title);
});

// Answered by HAProxy 2.6.12 on this machine when its backend reset the connection.
const HAPROXY_PAGE = '<html><body><h1>502 Bad Gateway</h1>\nThe server returned an invalid or incomplete response.\n</body></html>';
const accessLine = (minute: number, status: number, url: string) =>
  `10.0.0.1 - - [01/Dec/2026:20:0${minute}:10 +0000] "GET ${url} HTTP/1.1" ${status} 10 "-" "curl/8.5.0" ua="127.0.0.1:9000" us="${status}" urt="0.250"`;
const ACCESS_LOG = [accessLine(1, 200, '/'), accessLine(2, 502, '/cart'), accessLine(2, 502, '/cart'), accessLine(5, 502, '/')].join('\n');

for (const lang of ['en', 'ru'] as const) {
  const t = texts(lang);

  test(`${lang}: a pasted error page says who answered and opens its step`, async ({ page, checks }) => {
    await page.goto(`/${lang}/diagnose/`);
    await waitForHydration(page);
    await page.getByLabel(t.input.label).fill(HAPROXY_PAGE);
    await page.getByRole('button', { name: t.run }).click();
    const answer = page.getByRole('region', { name: t.page.title });
    await expect(answer).toContainText(t.page.layers.haproxy);
    await checks.axe();
    const step = 'owner-haproxy';
    await answer.getByRole('link', { name: t.page.next.replace('{{step}}', title(lang, step)) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang, step));
  });

  test(`${lang}: an access log draws its 502s per minute`, async ({ page, checks }) => {
    await page.goto(`/${lang}/diagnose/`);
    await waitForHydration(page);
    await page.getByLabel(t.input.label).fill(ACCESS_LOG);
    await page.getByRole('button', { name: t.run }).click();
    const access = page.getByRole('region', { name: t.access.title });
    const chart = access.getByRole('img', { name: t.access.chart.title });
    await expect(chart).toBeVisible();
    await expect(chart.locator('rect')).toHaveCount(4); // 20:02 to 20:05, one bar a minute
    const box = (await chart.boundingBox())!;
    expect(box.height).toBeGreaterThan(40);
    await expect(access.getByRole('cell', { name: '/cart' })).toBeVisible();
    await expect(access.getByRole('cell', { name: '127.0.0.1:9000' })).toBeVisible();
    await access.getByText(t.access.chart.table).click();
    await expect(access.getByRole('rowheader').first()).toContainText('20:02');
    await checks.axe();
  });
}
