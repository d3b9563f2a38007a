import { expect, test, title } from './fixtures';
import { FONT_SPECIMEN } from '@/app/font-warm-up/font-specimen';
import { COMPILE_HINT } from '@/build/compile-hints';
import { waitForHydration } from './wizard';

// Issue 17: what a step's first view readies for the first click, out of sight and off the click.

declare global {
  interface Window {
    specimens: { html: string; visibility: string; ariaHidden: string | null; stayed: boolean }[];
  }
}

for (const lang of ['en', 'ru'] as const) {
  test(`${lang}: the fonts of every text style are laid out once, out of sight, with the characters of the next steps`, async ({ page, checks }) => {
    test.setTimeout(60_000);
    await page.addInitScript(() => {
      window.specimens = [];
      new MutationObserver((records) => {
        for (const record of records) {
          for (const added of record.addedNodes) {
            if (!(added instanceof HTMLElement) || (record.target as Element).id !== 'main' || added.getAttribute('aria-hidden') !== 'true') continue;
            window.specimens.push({ html: added.innerHTML, visibility: added.style.visibility, ariaHidden: added.getAttribute('aria-hidden'), stayed: added.isConnected });
          }
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`/${lang}/`);
    await waitForHydration(page);
    // One style per idle moment: on a busy machine the moments come slowly.
    await expect.poll(() => page.evaluate(() => window.specimens.length), { timeout: 30_000 }).toBe(FONT_SPECIMEN.length);
    const specimens = await page.evaluate(() => window.specimens);
    for (const specimen of specimens) expect(specimen).toMatchObject({ visibility: 'hidden', ariaHidden: 'true', stayed: false });
    // The visitor's first step is one answer on: its title's letters are in the sample.
    const sample = specimens[0]!.html.replace(/<[^>]+>/g, '');
    for (const letter of title(lang, 'visitor-reload').replace(/\s/g, '')) expect(sample).toContain(letter);
    await expect(page.locator('#main > [aria-hidden="true"]')).toHaveCount(0);
    await checks.axe();
  });
}

test('the code a step runs at once is marked to be compiled as it downloads; a lazy page’s own code is not', async ({ page }) => {
  const scripts = new Map<string, string>();
  page.on('response', async (response) => {
    if (/\/assets\/.+\.js$/.test(response.url())) scripts.set(new URL(response.url()).pathname.split('/').at(-1)!, await response.text());
  });
  await page.goto('/en/flush-dns/macos/', { waitUntil: 'networkidle' });
  await waitForHydration(page);
  // The boot script, the framework, the app's two chunks, Rolldown's runtime and the interface texts.
  const atOnce = [...scripts].filter(([name]) => /^(index|framework|entry-client|app|rolldown-runtime|common)-/.test(name));
  expect(atOnce.map(([name]) => name.replace(/-[\w-]{8}\.js$/, '')).sort()).toEqual(['app', 'common', 'entry-client', 'framework', 'index', 'rolldown-runtime']);
  for (const [name, code] of atOnce) expect(code.startsWith(COMPILE_HINT), name).toBe(true);
  await page.goto('/en/diagnose/', { waitUntil: 'networkidle' });
  await waitForHydration(page);
  const lazy = [...scripts].filter(([name]) => name.startsWith('diagnose-page-'));
  expect(lazy).toHaveLength(1);
  for (const [name, code] of lazy) expect(code.startsWith(COMPILE_HINT), name).toBe(false);
});
