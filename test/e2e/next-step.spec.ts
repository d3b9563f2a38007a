import type { Route } from '@playwright/test';
import { expect, test, title } from './fixtures';
import { node, tree } from './tree';
import { waitForHydration } from './wizard';

// Issue 4: after the first view, moving to the next step fetches nothing. Here every request the
// page makes after its first view hangs (and no service worker answers for the network): each
// answer must still open its step, because that step's texts and code came with the first view.
test.use({ serviceWorkers: 'block' });

/** A question with many answers, a check, and the start, each with a link per answer. */
const PAGES = [{ path: '', id: tree.start }, { path: 'owner-error-page/', id: 'owner-error-page' }, { path: 'flush-dns/windows/', id: 'flush-dns' }];

function answers(id: string): { index: number; next: string }[] {
  const current = node(id);
  const targets = current.kind === 'question' ? current.options.map((o) => o.next) : current.kind === 'check' ? [current.yes, current.no] : current.kind === 'info' ? [current.next] : [];
  return targets.map((next, index) => ({ index, next }));
}

for (const lang of ['en', 'ru'] as const) {
  for (const { path, id } of PAGES) {
    test(`${lang}: every answer of /${lang}/${path} opens its step with the network stalled after the first view`, async ({ page, checks }) => {
      test.setTimeout(90_000);
      for (const { index, next } of answers(id)) {
        await page.goto(`/${lang}/${path}`, { waitUntil: 'networkidle' });
        await waitForHydration(page);
        // Held, unanswered, until the next step is on screen; then let through.
        const stalled: Route[] = [];
        await page.route('**/*', (route) => void stalled.push(route));
        await page.locator('.answers a').nth(index).click();
        await expect(page.getByRole('heading', { level: 1 }), `answer ${index + 1} of ${id}`).toHaveText(title(lang, next));
        // What it asked for once there was not needed to get there: the texts one answer further on,
        // and the figure's chunks when a step there shows one and the page left before its own
        // idle moment came to fetch them (a busy machine).
        const asked = stalled.map((route) => route.request().url());
        expect(asked.every((url) => /\/texts\/|\/assets\/chain-(figure|geometry)-/.test(url)), asked.join(', ')).toBe(true);
        await page.unrouteAll(); // lets the held requests through
      }
      expect(checks.errors).toEqual([]);
    });
  }
}
