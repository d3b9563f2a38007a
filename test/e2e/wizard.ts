import type { Page } from '@playwright/test';
import { expect, type Checks } from './fixtures';

/** Opens a page, waits for the app to hydrate, and runs axe on it. */
export async function open(page: Page, checks: Checks, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
  await checks.axe();
}

/**
 * The app marks <html data-hydrated> once it runs; the copy buttons appear only then too. The page
 * itself says when the mark arrives, instead of a poll that looks again only after 100, 250, 500 ms:
 * that wait was a quarter of a second on every page of every spec. The app boots after the first
 * paint, then fetches and parses its chunks: with four suites sharing two cores that took more than
 * the 5 s of a plain expect, so it gets 15 s.
 */
export async function waitForHydration(page: Page): Promise<void> {
  const hydrated = await page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        const html = document.documentElement;
        const done = () => html.hasAttribute('data-hydrated');
        if (done()) return resolve(true);
        const observer = new MutationObserver(() => {
          if (done()) resolve(true);
        });
        observer.observe(html, { attributes: true, attributeFilter: ['data-hydrated'] });
        setTimeout(() => resolve(done()), ms);
      }),
    15_000,
  );
  expect(hydrated, `${page.url()} hydrated (html[data-hydrated])`).toBe(true);
}

/**
 * Follows an answer link as a person would, then checks the new step: its h1, that focus moved
 * to it (so screen readers announce it), and axe.
 */
export async function answer(page: Page, checks: Checks, label: string, nextTitle: string): Promise<void> {
  await page.getByRole('link', { name: label, exact: true }).click();
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(nextTitle);
  await expect(heading).toBeFocused();
  await checks.axe();
}
