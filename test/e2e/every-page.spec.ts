import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, preloadAxe, test } from './fixtures';
import { waitForHydration } from './wizard';

// Every page of the site in both languages, as the built sitemap lists them: each hydrates without
// an error, passes axe at 320 px without scrolling sideways, and links only to pages that exist.
const sitemap = readFileSync(join(import.meta.dirname, '../../dist/sitemap.xml'), 'utf8');
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => ({ path: new URL(match[1]!).pathname }));
// A link to a page of the sitemap needs no request of its own: this spec opens each of them and fails
// on anything but 200. Links to anything else (a file, a page the sitemap leaves out) are requested.
const sitemapPaths = new Set(pages.map(({ path }) => path));
/** Links this worker has already seen answer 200. */
const checked = new Set<string>();
// Small enough that a chunk keeps to its timeout on a busy machine, and the workers finish together.
const CHUNK = 12;
const chunks = Array.from({ length: Math.ceil(pages.length / CHUNK) }, (_, i) => pages.slice(i * CHUNK, (i + 1) * CHUNK));

test.describe.configure({ mode: 'parallel' });
// The narrowest screen DESIGN.md promises: nothing may make the page scroll sideways.
test.use({ viewport: { width: 320, height: 720 } });
test.beforeEach(({ context }) => preloadAxe(context));

chunks.forEach((chunk, i) => {
  test(`pages ${i * CHUNK + 1}–${i * CHUNK + chunk.length} of ${pages.length}: hydrate, pass axe at 320 px, link only to pages that exist`, async ({ page, checks }) => {
    test.setTimeout(120_000);
    for (const { path } of chunk) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.request().redirectedFrom(), `${path} is a redirect`).toBeNull();
      await waitForHydration(page);
      await checks.axe();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} is wider than 320 px`).toBeLessThanOrEqual(320);
      const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
      for (const href of hrefs) {
        const url = new URL(href);
        url.hash = '';
        if (url.protocol !== 'http:' || checked.has(url.href)) continue;
        if (url.origin === new URL(page.url()).origin && !url.search && sitemapPaths.has(url.pathname)) continue;
        checked.add(url.href);
        const linked = await page.request.get(url.href, { maxRedirects: 0 });
        expect(linked.status(), `${path} links to ${url.pathname}`).toBe(200);
      }
    }
  });
});
