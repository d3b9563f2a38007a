import type { Page } from '@playwright/test';
import { expect, test, texts, title } from './fixtures';
import { node } from './tree';
import { answer, open } from './wizard';

/** Waits until the service worker has precached the app and controls the page. */
async function waitForOffline(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

test.describe('offline, after the first visit', () => {
  test('pages open with the network off: reload, another language, an unvisited page, the next step', async ({ page, context, checks }) => {
    test.setTimeout(60_000); // axe twice and the worker's precache: past 30 s when the machine is busy
    await open(page, checks, '/en/flush-dns/windows/');
    await waitForOffline(page);
    await context.setOffline(true);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('en', 'flush-dns'));

    await page.goto('/ru/flush-dns/macos/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('ru', 'flush-dns'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByText('sudo dscacheutil -flushcache; sudo killall -HUP mDNSResponder')).toBeVisible();

    await page.goto('/en/owner-restart-php-fpm/debian-13/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('en', 'owner-restart-php-fpm'));
    const restart = node('owner-restart-php-fpm');
    if (restart.kind !== 'check') throw new Error('owner-restart-php-fpm is a check');
    await answer(page, checks, texts.common.en.check.yes, title('en', restart.yes));
    await context.setOffline(false);
  });
});
