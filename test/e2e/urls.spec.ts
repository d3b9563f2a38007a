import { expect, expect404, test, texts, title } from './fixtures';
import { open } from './wizard';

const h1 = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

test.describe('addresses', () => {
  for (const lang of ['en', 'ru'] as const) {
    test(`${lang}: a deep link opens its step directly and after a reload`, async ({ page, checks }) => {
      await open(page, checks, `/${lang}/flush-dns/macos/`);
      await expect(h1(page)).toHaveText(title(lang, 'flush-dns'));
      await expect(page.getByRole('link', { name: texts.common[lang].platform.names.macos })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByText('sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder')).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`macOS`));
      await page.reload();
      await expect(h1(page)).toHaveText(title(lang, 'flush-dns'));
      await expect(page).toHaveURL(new RegExp(`/${lang}/flush-dns/macos/$`));
      await checks.axe();
    });

    test(`${lang}: an unknown address gets a not-found page with a way to the start`, async ({ page, checks }) => {
      expect404(page);
      const response = await page.goto(`/${lang}/no-such-step/`);
      expect(response?.status()).toBe(404);
      // The address's language first, and named on the document, so that a reader hears it in it.
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(h1(page)).toHaveText(texts.common[lang].notFound.title);
      await checks.axe();
      await page.getByRole('link', { name: texts.common[lang].notFound.start }).click();
      await expect(h1(page)).toHaveText(title(lang, 'start'));
    });
  }

  test('switching language keeps the step and the platform', async ({ page, checks }) => {
    await open(page, checks, '/en/flush-dns/macos/');
    const switcher = page.getByRole('navigation', { name: texts.common.en.nav.languages });
    await expect(switcher.getByRole('link', { name: 'Русский' })).toHaveAttribute('lang', 'ru');
    await switcher.getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru\/flush-dns\/macos\/$/);
    await expect(h1(page)).toHaveText(title('ru', 'flush-dns'));
    await expect(h1(page)).toBeFocused();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page).toHaveTitle(new RegExp(title('ru', 'flush-dns').slice(0, 10)));
    await expect(page.getByText(texts.common.en.check.question)).toHaveCount(0);
    await expect(page.getByText(texts.common.ru.check.question)).toBeVisible();
    await checks.axe();
  });

  test('switching the OS on the DNS step changes the commands and the URL', async ({ page, checks }) => {
    await open(page, checks, '/en/flush-dns/windows/');
    await expect(page.getByText('ipconfig /flushdns')).toBeVisible();
    await page.getByRole('link', { name: texts.common.en.platform.names.linux }).click();
    await expect(page).toHaveURL(/\/en\/flush-dns\/linux\/$/);
    await expect(page.getByText('sudo resolvectl flush-caches')).toBeVisible();
    await expect(page.getByText('ipconfig /flushdns')).toHaveCount(0);
    await checks.axe();
  });

  test('the start language follows the browser: ru* goes to /ru/', async ({ browser }) => {
    for (const [locale, lang] of [['ru-RU', 'ru'], ['de-DE', 'en']] as const) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
      await expect(h1(page)).toHaveText(title(lang, 'start'));
      await context.close();
    }
  });

  test('an address in no language gets the not-found page of both, English first', async ({ page, checks }) => {
    expect404(page);
    const response = await page.goto('/no-such-folder/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(h1(page)).toHaveText(texts.common.en.notFound.title);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(texts.common.ru.notFound.title);
    await expect(page.getByRole('link', { name: texts.common.ru.notFound.start })).toBeVisible();
    await checks.axe();
  });

  test('a renamed step keeps no broken links: /en/start/ is not a second start page', async ({ page }) => {
    expect404(page);
    const response = await page.goto('/en/start/');
    expect(response?.status()).toBe(404);
  });
});

test.describe('platform detection', () => {
  test.use({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15' });

  test('a step without a platform in its URL moves to the detected one and says so', async ({ page, checks }) => {
    await page.goto('/en/flush-dns/');
    await expect(page).toHaveURL(/\/en\/flush-dns\/macos\/$/);
    await expect(page.getByText(texts.common.en.platform.detected.replace('{{name}}', 'macOS'))).toBeVisible();
    await page.goto('/en/private-window/');
    await expect(page).toHaveURL(/\/en\/private-window\/safari\/$/);
    await checks.axe();
  });
});

test('an English quotation on a Russian page carries lang="en" (WCAG 3.1.2)', async ({ page, checks }) => {
  await page.goto('/ru/owner-error-page/');
  const quoted = page.locator('main [lang="en"]', { hasText: '502 Bad Gateway' });
  expect(await quoted.count()).toBeGreaterThan(0);
  await expect(page.locator('main [lang="en"]').first()).not.toContainText(/[А-Яа-яЁё]/);
  await checks.axe();
});

test.describe('server releases', () => {
  test('a step split by release still opens at its old "Debian and Ubuntu" address, canonical to the step, then shows the newest Debian', async ({ page, checks }) => {
    const response = await page.goto('/en/owner-backend/debian-ubuntu/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/owner-backend\/$/);
    await expect(h1(page)).toHaveText(title('en', 'owner-backend'));
    await expect(page).toHaveURL(/\/en\/owner-backend\/debian-13\/$/);
    await expect(page.getByText('systemctl status php8.4-fpm')).toBeVisible();
    await checks.axe();
  });

  test('a release picked on one step carries to the next, and its page shows no other release or platform', async ({ page, checks }) => {
    await open(page, checks, '/en/owner-backend/');
    await page.getByRole('link', { name: 'Ubuntu 24.04' }).click();
    await expect(page).toHaveURL(/\/en\/owner-backend\/ubuntu-24-04\/$/);
    await expect(page.locator('article')).toContainText('systemctl status php8.3-fpm');
    // What the step says, without the tabs, which name every release by design.
    const said = await page.locator('article').evaluate((article) => {
      const copy = article.cloneNode(true) as HTMLElement;
      copy.querySelector('.platforms')?.remove();
      return copy.textContent ?? '';
    });
    expect(said).not.toMatch(/php8\.[1245]|Debian 1[23]|RHEL|httpd/);
    await page.goto('/en/owner-error-logs/');
    await expect(page).toHaveURL(/\/en\/owner-error-logs\/ubuntu-24-04\/$/);
    await expect(page.locator('article')).toContainText('/var/log/php8.3-fpm.log');
    await checks.axe();
  });
});
