import { expect, option, test, texts, title } from './fixtures';
import { answer, open } from './wizard';

for (const lang of ['en', 'ru'] as const) {
  const common = texts.common[lang];

  test.describe(`${lang}: walking the wizard`, () => {
    test('a visitor walks to an outcome, and the path of answers follows', async ({ page, checks }) => {
      await open(page, checks, `/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang, 'start'));

      await answer(page, checks, option(lang, 'start', 'visitor'), title(lang, 'visitor-reload'));
      await answer(page, checks, common.check.no, title(lang, 'private-window'));
      await answer(page, checks, common.check.no, title(lang, 'flush-dns'));
      await expect(page).toHaveURL(new RegExp(`/${lang}/flush-dns/[a-z0-9-]+/$`));
      await answer(page, checks, common.check.yes, title(lang, 'visitor-solved'));

      const path = page.getByRole('complementary', { name: common.journey.title });
      await expect(path.getByRole('listitem')).toHaveCount(4);
      await expect(path).toContainText(option(lang, 'start', 'visitor'));
      await expect(path).toContainText(common.journey.yes);
    });

    test('an answer in the path can be changed, and the path is cut there', async ({ page, checks }) => {
      await open(page, checks, `/${lang}/`);
      await answer(page, checks, option(lang, 'start', 'visitor'), title(lang, 'visitor-reload'));
      await answer(page, checks, common.check.no, title(lang, 'private-window'));
      const path = page.getByRole('complementary', { name: common.journey.title });
      await path.getByRole('link', { name: new RegExp(title(lang, 'start').replace(/[?()]/g, '.')) }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang, 'start'));
      await answer(page, checks, option(lang, 'start', 'owner'), title(lang, 'owner-hosting'));
      await expect(path.getByRole('listitem')).toHaveCount(1);
      await expect(path).toContainText(option(lang, 'start', 'owner'));
    });

    test('an owner walks the server checks to the hosting support outcome', async ({ page, checks }) => {
      await open(page, checks, `/${lang}/`);
      await answer(page, checks, option(lang, 'start', 'owner'), title(lang, 'owner-hosting'));
      await answer(page, checks, option(lang, 'owner-hosting', 'server'), title(lang, 'owner-web-server'));
      await expect(page).toHaveURL(new RegExp(`/${lang}/owner-web-server/debian-ubuntu/$`));
      await expect(page.getByText('sudo nginx -t', { exact: true })).toBeVisible();
      await answer(page, checks, common.check.no, title(lang, 'owner-backend'));
      await answer(page, checks, common.check.no, title(lang, 'owner-error-logs'));
      await answer(page, checks, common.check.no, title(lang, 'owner-restart-php-fpm'));
      await expect(page.getByText('sudo systemctl restart php8.2-fpm', { exact: true })).toBeVisible();
      await answer(page, checks, common.check.no, title(lang, 'owner-wordpress-plugins'));
      await answer(page, checks, common.check.no, title(lang, 'owner-contact-host'));
      await expect(page.getByRole('link', { name: common.outcome.startAgain })).toBeVisible();
    });

    test('the browser back button and "start again" work', async ({ page, checks }) => {
      await open(page, checks, `/${lang}/`);
      await answer(page, checks, option(lang, 'start', 'visitor'), title(lang, 'visitor-reload'));
      await answer(page, checks, common.check.no, title(lang, 'private-window'));
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang, 'visitor-reload'));
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang, 'start'));
      await page.goForward();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang, 'visitor-reload'));
      await page.getByRole('link', { name: common.nav.back, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang, 'start'));
      await answer(page, checks, option(lang, 'start', 'owner'), title(lang, 'owner-hosting'));
      await page.getByRole('contentinfo').getByRole('link', { name: common.nav.startAgain }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang, 'start'));
      await expect(page.getByRole('complementary')).toHaveCount(0);
    });
  });
}
