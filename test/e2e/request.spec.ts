import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, option, test, texts, title } from './fixtures';
import { answer, open } from './wizard';

const request = (lang: 'en' | 'ru') => JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${lang}/request.json`), 'utf8'));

for (const lang of ['en', 'ru'] as const) {
  const common = texts.common[lang];
  const r = request(lang);

  test(`${lang}: after a walk with one answer changed, the request lists exactly the steps taken`, async ({ page, context, checks }) => {
    test.setTimeout(90_000); // a walk of seven steps, each checked with axe, then the letter
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, checks, `/${lang}/`);
    await answer(page, checks, option(lang, 'start', 'visitor'), title(lang, 'visitor-reload'));
    await answer(page, checks, common.check.no, title(lang, 'down-for-everyone'));
    await answer(page, checks, option(lang, 'down-for-everyone', 'only-me'), title(lang, 'private-window'));
    await answer(page, checks, common.check.no, title(lang, 'vpn-proxy-off'));
    await answer(page, checks, common.check.no, title(lang, 'browser-secure-dns'));
    await answer(page, checks, common.check.no, title(lang, 'other-browser'));

    // Change the answer at the private window: the steps after it drop out of the path.
    const path = page.getByRole('complementary', { name: common.journey.title });
    await path.getByRole('listitem').filter({ hasText: title(lang, 'private-window') }).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(lang, 'private-window'));
    await answer(page, checks, common.check.yes, title(lang, 'clear-cache-cookies'));

    await page.getByRole('contentinfo').getByRole('link', { name: common.more.request }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(r.page.title);
    await page.getByLabel(r.form.address.label).fill('example.com');
    const letter = page.locator('pre.request-text').first();
    await expect(letter).toContainText('example.com');
    const text = (await letter.textContent())!;
    const stepLines = text.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(stepLines).toEqual([
      `1. ${title(lang, 'visitor-reload')} — ${r.results.didNotHelp}`,
      `2. ${title(lang, 'private-window')} — ${r.results.helped}`,
    ]);
    expect(text).not.toContain(title(lang, 'vpn-proxy-off'));
    expect(text.toLowerCase()).not.toMatch(/password|пароль/);
    await checks.axe();

    await page.getByRole('button', { name: r.form.actions.copy }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: r.form.actions.download }).click();
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toBe(text);
  });
}
