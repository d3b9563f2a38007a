import type { Page } from '@playwright/test';
import { expect, option, test, texts, title, type Checks } from './fixtures';
import { node, nodeOfUrl, sideStart } from './tree';
import { answer, open } from './wizard';

type Lang = 'en' | 'ru';

/**
 * Walks from the page shown to an outcome, answering as `choose` says, and checks every step on
 * the way: its h1 from the locales, focus on it, axe. Returns the ids of the nodes passed.
 */
async function walkToOutcome(page: Page, checks: Checks, lang: Lang, choose: (id: string) => 'first' | 'yes' | 'no'): Promise<string[]> {
  const common = texts.common[lang];
  const passed: string[] = [];
  for (let guard = 0; guard < 80; guard++) {
    const id = nodeOfUrl(page.url());
    passed.push(id);
    const current = node(id);
    if (current.kind === 'outcome') return passed;
    if (current.kind === 'question') {
      const first = current.options[0]!;
      await answer(page, checks, option(lang, id, first.id), title(lang, first.next));
    } else if (current.kind === 'info') {
      await answer(page, checks, common.check.continue, title(lang, current.next));
    } else {
      const yes = choose(id) === 'yes';
      await answer(page, checks, yes ? common.check.yes : common.check.no, title(lang, yes ? current.yes : current.no));
    }
  }
  throw new Error('no outcome after 80 steps');
}

for (const lang of ['en', 'ru'] as const) {
  const common = texts.common[lang];
  const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

  test.describe(`${lang}: walking the wizard`, () => {
    // Walks of twenty steps and more, each page checked with axe: longer than one page's test, and
    // on two cores shared with other test runs the owner's walk took nearly four minutes.
    test.beforeEach(() => test.setTimeout(360_000));
    test('a visitor who answers "no" to every check reaches an outcome, and the path follows', async ({ page, checks }) => {
      await open(page, checks, `/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(h1(page)).toHaveText(title(lang, 'start'));
      await answer(page, checks, option(lang, 'start', 'visitor'), title(lang, sideStart('visitor')));
      const passed = await walkToOutcome(page, checks, lang, () => 'no');
      expect(node(passed.at(-1)!).kind).toBe('outcome');
      const path = page.getByRole('complementary', { name: common.journey.title });
      await expect(path.getByRole('listitem')).toHaveCount(passed.length);
      await expect(path).toContainText(option(lang, 'start', 'visitor'));
      await expect(path).toContainText(common.journey.no);
    });

    test('a visitor for whom the DNS flush helps reaches the solved outcome', async ({ page, checks }) => {
      await open(page, checks, `/${lang}/flush-dns/windows/`);
      const flush = node('flush-dns');
      if (flush.kind !== 'check') throw new Error('flush-dns is a check');
      await answer(page, checks, common.check.yes, title(lang, flush.yes));
      const path = page.getByRole('complementary', { name: common.journey.title });
      await expect(path.getByRole('listitem')).toHaveCount(1);
      await expect(path).toContainText(common.journey.yes);
    });

    test('an owner walks the server checks to an outcome', async ({ page, checks }) => {
      await open(page, checks, `/${lang}/`);
      await answer(page, checks, option(lang, 'start', 'owner'), title(lang, sideStart('owner')));
      const passed = await walkToOutcome(page, checks, lang, () => 'no');
      expect(passed).toContain('owner-web-server');
      expect(passed).toContain('owner-restart-php-fpm');
      expect(node(passed.at(-1)!).kind).toBe('outcome');
    });

    test('an answer in the path can be changed, and the path is cut there', async ({ page, checks }) => {
      await open(page, checks, `/${lang}/`);
      await answer(page, checks, option(lang, 'start', 'visitor'), title(lang, sideStart('visitor')));
      const path = page.getByRole('complementary', { name: common.journey.title });
      await path.getByRole('link', { name: new RegExp(common.journey.change) }).first().click();
      await expect(h1(page)).toHaveText(title(lang, 'start'));
      await expect(h1(page)).toBeFocused();
      await answer(page, checks, option(lang, 'start', 'owner'), title(lang, sideStart('owner')));
      await expect(path.getByRole('listitem')).toHaveCount(1);
      await expect(path).toContainText(option(lang, 'start', 'owner'));
      await expect(path).not.toContainText(option(lang, 'start', 'visitor'));
    });

    test('the browser back button and "start again" work', async ({ page, checks }) => {
      const first = sideStart('visitor');
      await open(page, checks, `/${lang}/`);
      await answer(page, checks, option(lang, 'start', 'visitor'), title(lang, first));
      await walkToOutcome(page, checks, lang, () => 'yes');
      await page.goBack();
      await expect(h1(page)).toHaveText(title(lang, first));
      await page.goBack();
      await expect(h1(page)).toHaveText(title(lang, 'start'));
      await page.goForward();
      await expect(h1(page)).toHaveText(title(lang, first));
      await page.getByRole('link', { name: common.nav.back, exact: true }).click();
      await expect(h1(page)).toHaveText(title(lang, 'start'));
      await answer(page, checks, option(lang, 'start', 'owner'), title(lang, sideStart('owner')));
      await page.getByRole('contentinfo').getByRole('link', { name: common.nav.startAgain }).click();
      await expect(h1(page)).toHaveText(title(lang, 'start'));
      await expect(page.getByRole('complementary')).toHaveCount(0);
    });
  });
}
