import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../../test/e2e/chromium';

export interface FirstView {
  /** Response bodies as sent (gzip), by kind. */
  bytes: { html: number; js: number; other: number; total: number };
  requests: number;
  /** Each response of the first view: file name and gzip bytes, largest first. */
  files: { name: string; size: number }[];
  /** Requests made when the person then answers and moves to the next step. */
  nextStepRequests: number;
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
 * first view and is reported apart) and adds up what was transferred until the network is idle.
 */
export async function measureFirstView(browser: Browser, url: string): Promise<FirstView> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const responses: Promise<{ type: string; size: number; name: string }>[] = [];
  page.on('requestfinished', (request) => {
    const name = new URL(request.url()).pathname.split('/').filter(Boolean).at(-1) ?? '/';
    responses.push(request.sizes().then((sizes) => ({ type: request.resourceType(), size: sizes.responseBodySize, name })));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const finished = await Promise.all(responses);
  const bytes = { html: 0, js: 0, other: 0, total: 0 };
  for (const { type, size } of finished) {
    const kind = type === 'document' ? 'html' : type === 'script' ? 'js' : 'other';
    bytes[kind] += size;
    bytes.total += size;
  }
  let nextStepRequests = 0;
  page.on('request', () => nextStepRequests++);
  const answer = page.locator('.answers a').first();
  if ((await answer.count()) > 0) {
    const before = await page.locator('h1').textContent();
    await answer.click();
    await page.waitForFunction((old) => document.querySelector('h1')?.textContent !== old, before);
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  const files = finished.map(({ name, size }) => ({ name, size })).sort((a, b) => b.size - a.size);
  return { bytes, requests: finished.length, files, nextStepRequests };
}
