import type { Browser } from '@playwright/test';
import { walk } from '@/tree/graph';
import { expect, option, runAxe, test, texts, title } from './fixtures';
import { nodes, tree } from './tree';

// Walk with JavaScript really off; axe needs a script of its own, so each page is checked again in a
// second context where JavaScript runs but the site's own scripts are blocked: the same prerendered page.
test.use({ javaScriptEnabled: false });

async function axeWithoutSiteScripts(browser: Browser, url: string) {
  const context = await browser.newContext({ javaScriptEnabled: true });
  await context.route('**/*.js', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(url);
  await runAxe(page);
  await context.close();
}

for (const lang of ['en', 'ru'] as const) {
  const common = texts.common[lang];
  test(`${lang}: with JavaScript off every step reads and the tree can be walked by links`, async ({ page, browser }) => {
    test.setTimeout(90_000); // six pages, each read again with axe
    const visited: string[] = [];
    const h1 = page.getByRole('heading', { level: 1 });
    const step = async (expected: string) => {
      await expect(h1).toHaveText(expected);
      visited.push(page.url());
    };
    await page.goto(`/${lang}/`);
    await step(title(lang, 'start'));
    await page.getByRole('link', { name: option(lang, 'start', 'owner') }).click();
    await step(title(lang, 'owner-hosting'));
    await page.getByRole('link', { name: option(lang, 'owner-hosting', 'server') }).click();
    await step(title(lang, 'owner-front'));
    await page.getByRole('link', { name: option(lang, 'owner-front', 'nginx') }).click();
    await step(title(lang, 'owner-error-page'));
    await page.getByRole('link', { name: option(lang, 'owner-error-page', 'nginx') }).click();
    await step(title(lang, 'owner-web-server'));
    // Without JS the first variant is shown, and the tabs are plain links.
    await page.getByRole('link', { name: common.platform.names['rhel-family'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/owner-web-server/rhel-family/$`));
    await expect(page.getByText('systemctl status httpd')).toBeVisible();
    await page.getByRole('link', { name: common.check.yes }).click();
    await step(title(lang, 'owner-solved'));
    // Buttons that need JavaScript are not shown when they cannot work.
    await expect(page.getByRole('button')).toHaveCount(0);
    // Without JavaScript nothing remembers the way taken: "Back" leads to the step that first leads here.
    await page.getByRole('link', { name: common.nav.back, exact: true }).click();
    await step(title(lang, walk(nodes, tree.start).get('owner-solved')!));
    for (const url of visited) await axeWithoutSiteScripts(browser, url);
  });
}

test('the root offers both languages, each in its own language', async ({ page, browser }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', 'en/');
  await expect(page.getByRole('link', { name: 'Русский' })).toHaveAttribute('href', 'ru/');
  await expect(page.locator('section[lang="ru"]')).toContainText(texts.common.ru.picker.title);
  await axeWithoutSiteScripts(browser, page.url());
});
