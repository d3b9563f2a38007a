import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../../test/e2e/chromium';

export interface FirstView {
  /** Response bodies as sent (gzip), by kind. */
  bytes: { html: number; js: number; other: number; total: number };
  requests: number;
  /** Each response of the first view: file name and gzip bytes, largest first. */
  files: { name: string; size: number }[];
}

export interface NextStep {
  /** Requests made between the answer's click and the next step on screen: what the move waits for. */
  before: number;
  /** Requests made once it shows: the rest of that side's texts, fetched ahead for the moves after. */
  after: number;
}

export async function withBrowser<T>(run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Opens `url` in a fresh profile (no cache, no service worker: the worker's precache comes after the
 * first view and is reported apart), adds up what was transferred until the network is idle, and
 * hands the page to `then` (to measure the next step).
 */
export async function measureFirstView(browser: Browser, url: string): Promise<FirstView>;
export async function measureFirstView<T>(browser: Browser, url: string, then: (page: Page) => Promise<T>): Promise<FirstView & { then: T }>;
export async function measureFirstView<T>(browser: Browser, url: string, then?: (page: Page) => Promise<T>) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const responses: Promise<{ type: string; size: number; name: string }>[] = [];
    const onFinished = (request: import('@playwright/test').Request) => {
      const name = new URL(request.url()).pathname.split('/').filter(Boolean).at(-1) ?? '/';
      responses.push(request.sizes().then((sizes) => ({ type: request.resourceType(), size: sizes.responseBodySize, name })));
    };
    page.on('requestfinished', onFinished);
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForSelector('html[data-hydrated]');
    page.off('requestfinished', onFinished);
    const finished = await Promise.all(responses);
    const bytes = { html: 0, js: 0, other: 0, total: 0 };
    for (const { type, size } of finished) {
      const kind = type === 'document' ? 'html' : type === 'script' ? 'js' : 'other';
      bytes[kind] += size;
      bytes.total += size;
    }
    const files = finished.map(({ name, size }) => ({ name, size })).sort((a, b) => b.size - a.size);
    const view = { bytes, requests: finished.length, files };
    return then ? { ...view, then: await then(page) } : view;
  } finally {
    await context.close();
  }
}

/**
 * Answers the step's first answer and sorts the requests that follow by when they started: before
 * the new step's h1 was on screen, or after. Resource timing and a MutationObserver share one clock.
 */
export async function measureNextStep(page: Page): Promise<NextStep> {
  const answer = page.locator('.answers a').first();
  if ((await answer.count()) === 0) return { before: 0, after: 0 };
  // Kept in the page (these functions run there): when the h1 changed, on resource timing's clock.
  type Probe = { nextStepShownAt: number };
  await page.evaluate(() => {
    performance.clearResourceTimings();
    const probe = window as unknown as Probe;
    probe.nextStepShownAt = Infinity;
    const title = document.querySelector('h1')?.textContent;
    new MutationObserver((_, observer) => {
      if (document.querySelector('h1')?.textContent === title) return;
      probe.nextStepShownAt = performance.now();
      observer.disconnect();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await answer.click();
  await page.waitForFunction(() => (window as unknown as Probe).nextStepShownAt < Infinity);
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => {
    const shownAt = (window as unknown as Probe).nextStepShownAt;
    const starts = performance.getEntriesByType('resource').map((entry) => entry.startTime);
    return { before: starts.filter((start) => start <= shownAt).length, after: starts.filter((start) => start > shownAt).length };
  });
}
