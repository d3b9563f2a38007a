import { expect, test, texts } from './fixtures';
import { open } from './wizard';

test.describe('copy buttons', () => {
  test('copying a command puts it on the clipboard and says so', async ({ page, context, checks }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, checks, '/en/flush-dns/windows/');
    const block = page.locator('.command', { hasText: 'ipconfig /flushdns' });
    await block.getByRole('button', { name: /Copy/ }).click();
    await expect(block.getByRole('button')).toHaveText(new RegExp(texts.common.en.copy.done));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('ipconfig /flushdns');
  });

  test('copying the step link copies the address of this step', async ({ page, context, checks }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, checks, '/ru/flush-dns/linux/');
    await page.getByRole('button', { name: texts.common.ru.copy.link }).click();
    await expect(page.getByRole('status').filter({ hasText: texts.common.ru.copy.linkDone })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('when the browser refuses, the button says it did not copy and how to do it by hand', async ({ page, checks }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = () => false;
    });
    await open(page, checks, '/ru/flush-dns/windows/');
    const block = page.locator('.command', { hasText: 'ipconfig /flushdns' });
    await block.getByRole('button').click();
    await expect(block.getByRole('status')).toHaveText(texts.common.ru.copy.failed);
    await checks.axe();
  });
});
