// The drop-in error pages of dist/error-pages/ in Chromium, beyond the real servers of the lab:
// the Cloudflare page as Cloudflare would send it, and every page with JavaScript off.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, runAxe, test } from './fixtures';

const pages = join(import.meta.dirname, '../../dist/error-pages');
const errorTexts = (lang: 'en' | 'ru') => JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${lang}/error-page.json`), 'utf8'));

/** What Cloudflare puts in place of its tokens: a box of its own (English) and the Ray ID. */
const asCloudflareSends = (html: string) =>
  html
    .replace('::CLOUDFLARE_ERROR_500S_BOX::', '<div id="cf-error-details"><h2>Error 502</h2><p>Bad gateway: the web server reported a bad gateway error.</p></div>')
    .replaceAll('::RAY_ID::', '8e2f6a1b3c4d5e6f');

for (const locale of ['ru-RU', 'en-GB']) {
  test.describe(`the Cloudflare page, ${locale}`, () => {
    test.use({ locale });
    // axe on a page of both languages takes a while on a busy machine.
    test.setTimeout(90_000);

    test('shows the visitor’s language first, Cloudflare’s details and its Ray ID, and passes axe', async ({ page }) => {
      const lang = locale.slice(0, 2) as 'en' | 'ru';
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('request', (request) => {
        if (new URL(request.url()).hostname !== '127.0.0.1') problems.push(`request to ${request.url()}`);
      });
      // Served with the status Cloudflare gives it; the page's re-checks get the same answer.
      const body = asCloudflareSends(readFileSync(join(pages, 'cloudflare/5xx.en.html'), 'utf8'));
      await page.route('**/behind-cloudflare/**', (route) => route.fulfill({ status: 502, contentType: 'text/html; charset=utf-8', body }));
      const response = await page.goto('/behind-cloudflare/page/');
      expect(response?.status()).toBe(502);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1').first()).toHaveText(errorTexts(lang).statuses['5xx'].heading);
      await expect(page.locator('#cf-error-details')).toBeVisible();
      const details = page.locator('main > section').first().locator('dl');
      await expect(details).toContainText('8e2f6a1b3c4d5e6f');
      await expect(details).toContainText('/behind-cloudflare/page/');
      await runAxe(page);
      expect(problems).toEqual([]);
    });
  });
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const name of ['502.ru.html', '503.en.html', '504.en.html', 'haproxy/502.en.http', 'cloudflare/5xx.ru.html']) {
    test(`${name} reads in full, without the re-check and without details no server wrote in`, async ({ page }) => {
      const file = readFileSync(join(pages, name), 'utf8');
      const cloudflare = name.startsWith('cloudflare/');
      const sent = file.slice(file.indexOf('<!doctype html>'));
      const html = cloudflare ? asCloudflareSends(sent) : sent;
      await page.route('**/error-page-under-test/', (route) => route.fulfill({ status: 502, contentType: 'text/html; charset=utf-8', body: html }));
      await page.goto('/error-page-under-test/');
      const lang = (await page.locator('html').getAttribute('lang')) as 'en' | 'ru';
      const t = errorTexts(lang);
      const status = name.includes('5xx') ? '5xx' : name.match(/\d{3}/)![0];
      await expect(page.locator('h1').first()).toHaveText(t.statuses[status].heading);
      await expect(page.getByText(t.now.wait).first()).toBeVisible();
      await expect(page.getByRole('link', { name: t.help.visitor }).first()).toBeVisible();
      // Nothing that needs the script shows: no countdown, no button, no empty detail.
      await expect(page.getByRole('button')).toHaveCount(0);
      const first = page.locator('main dl').first();
      await expect(first.getByText(t.details.error, { exact: true })).toBeVisible();
      for (const label of [t.details.address, t.details.utc, t.details.local]) {
        await expect(first.getByText(label, { exact: true })).toBeHidden();
      }
      // Only Cloudflare writes its request id (the Ray ID) into a page served as it is.
      if (cloudflare) await expect(first.getByText('8e2f6a1b3c4d5e6f')).toBeVisible();
      else await expect(first.getByText(t.details.requestId, { exact: true })).toBeHidden();
    });
  }
});
