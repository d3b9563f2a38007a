import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serveStatic } from '@/build/static-server';
import { expect, test, title } from './fixtures';
import { PORT_BASE } from './playwright.config';

const PORT = PORT_BASE + 3;
const ORIGIN = `http://127.0.0.1:${PORT}/`;
const dist = join(import.meta.dirname, '../../dist');

/** Every file below `dir`, for rewriting a copy of dist/ as a new deploy would. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test.describe('a new deploy', () => {
  let site: string;
  let server: Server;
  test.beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'fix502-deploy-'));
    cpSync(dist, site, { recursive: true });
    server = await serveStatic({ dir: site, port: PORT, base: '/' });
  });
  test.afterAll(() => {
    server.close();
    rmSync(site, { recursive: true, force: true });
  });

  test('replaces the old cache whole, and the site keeps working offline', async ({ page, context, checks }) => {
    await page.goto(`${ORIGIN}en/flush-dns/windows/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const oldBuild = await page.locator('meta[name="fix502-build"]').getAttribute('content');
    expect(await page.evaluate(() => caches.keys())).toEqual([`fix502-${oldBuild}`]);

    // Deploy: the same site under a new build id, as a rebuild with changed files would give.
    const newBuild = 'f'.repeat(16);
    for (const file of files(site).filter((f) => /\.(html|js)$/.test(f))) {
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll(oldBuild!, newBuild));
    }

    await page.reload();
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { message: 'only the new build is cached', timeout: 20_000 })
      .toEqual([`fix502-${newBuild}`]);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(`${ORIGIN}sw.js`);

    await context.setOffline(true);
    await page.goto(`${ORIGIN}ru/visitor-reload/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title('ru', 'visitor-reload'));
    await context.setOffline(false);
    expect(checks.errors).toEqual([]);
  });
});
