import type { Page } from '@playwright/test';
import { expect, type Checks } from './fixtures';

/** Opens a page, waits for the app to hydrate, and runs axe on it. */
export async function open(page: Page, checks: Checks, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
  await checks.axe();
}

/**
 * The app marks <html data-hydrated> once it runs; the copy buttons appear only then too. The app
 * boots after the first paint, then fetches and parses its chunks: with four suites sharing two cores
 * that took more than the 5 s of a plain expect.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await expect(page.locator('html[data-hydrated]')).toHaveCount(1, { timeout: 15_000 });
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
