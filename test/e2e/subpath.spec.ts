import { SUBPATH_URL } from './playwright.config';
import { expect, option, test, texts, title } from './fixtures';
import { answer, waitForHydration } from './wizard';

test('dist/ served under a sub-path works: assets, hydration, links, deep links', async ({ page, checks }) => {
  test.setTimeout(90_000); // five pages, each hydrated and checked with axe
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${SUBPATH_URL}ru/`);
  await waitForHydration(page);
  await checks.axe();
  await answer(page, checks, option('ru', 'start', 'visitor'), title('ru', 'visitor-reload'));
  await expect(page).toHaveURL(`${SUBPATH_URL}ru/visitor-reload/`);
  await answer(page, checks, texts.common.ru.check.no, title('ru', 'down-for-everyone'));
  await answer(page, checks, option('ru', 'down-for-everyone', 'only-me'), title('ru', 'private-window'));
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('ru', 'private-window'));
  await page.getByRole('navigation', { name: texts.common.ru.nav.languages }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`${SUBPATH_URL}en/private-window/[a-z]+/$`));
  expect(requests.filter((url) => !url.startsWith(SUBPATH_URL)), 'requests outside the sub-path').toEqual([]);
});

test('the sub-path root sends the browser to its language inside the sub-path', async ({ page }) => {
  await page.goto(SUBPATH_URL);
  await expect(page).toHaveURL(`${SUBPATH_URL}en/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('en', 'start'));
});
