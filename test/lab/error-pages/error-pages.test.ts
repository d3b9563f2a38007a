// The drop-in error pages on the real servers: each in front of a dead upstream with its snippet
// included as the README says. The status stays the server's, the language follows Accept-Language
// (or, on HAProxy, the browser's languages), and in Chromium the page asks nothing of any other
// host, throws nothing, passes axe, and becomes the site by itself once the upstream starts.
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readErrorPageTexts } from '@/build/error-pages/texts';
import { writeErrorPages } from '@/build/error-pages/write-error-pages';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';
import { isInstalled, labRequired } from '../servers/binaries';
import { startDaemon, stopAll, type Daemon } from '../servers/daemon';
import { startHttpBackend } from '../servers/http-backend';
import type { LabServer } from '../servers/lab-server';
import { freePort } from '../servers/ports';
import { makeScratch } from '../servers/scratch';
import { FRONT_SERVERS } from './front-servers';
import { rawGet } from './raw-get';

const SITE_URL = 'https://fix502.example.org/';
const texts = readErrorPageTexts();
const ONE_BUFFER = 16 * 1024;

let browser: Browser | undefined;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await stopAll();
});

/** The document's language and its h1, as the server sent them. */
const shown = (body: string) => ({
  lang: /<html lang="(\w+)">/.exec(body)?.[1],
  headings: [...body.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1]),
});

for (const front of FRONT_SERVERS) {
  const run = isInstalled(front.name) || labRequired() ? describe : describe.skip;
  run(`error pages on ${front.name}${front.way ? ` (${front.way})` : ''}`, () => {
    let server: LabServer<unknown>;
    let port: number;
    let upstreamPort: number;
    let upstream: Daemon | undefined;

    beforeAll(async () => {
      const scratch = makeScratch(`error-pages-${front.name}${front.way ? `-${front.way.replace(/\W+/g, '-')}` : ''}`);
      // The folder stands in for /usr/share/fix502/error-pages: the build's own files, made for it.
      const pages = scratch.path('error-pages');
      writeErrorPages(pages, { texts, siteUrl: SITE_URL, installDir: pages });
      port = await freePort();
      upstreamPort = await freePort();
      server = await front.start(scratch, pages, port, upstreamPort);
    });
    afterAll(async () => {
      await upstream?.stop();
      await server?.stop();
    });

    it(`keeps its status (${front.status}) and answers in each language, within 16 KB with its headers`, async () => {
      for (const lang of ['ru', 'en'] as const) {
        const reply = await rawGet(port, '/some/page?x=1', { 'Accept-Language': lang === 'ru' ? 'ru-RU,ru;q=0.9,en;q=0.8' : 'en-GB,en;q=0.9' });
        expect(reply.status, reply.head).toBe(front.status);
        expect(reply.bytes, `${lang}: ${reply.head}`).toBeLessThanOrEqual(ONE_BUFFER);
        const page = shown(reply.body);
        const heading = (l: 'en' | 'ru') => texts[l].statuses[String(front.status) as '502' | '503'].heading;
        if (front.negotiates) {
          expect(page).toEqual({ lang, headings: [heading(lang)] });
          expect(reply.head).toMatch(/^Vary:.*accept-language/im);
        } else {
          // One page for everyone: both languages, English first; the browser's script reorders them.
          expect(page).toEqual({ lang: 'en', headings: [heading('en'), heading('ru')] });
        }
      }
    });

    if (front.writesRequestId) {
      it('writes in the request id', async () => {
        const reply = await rawGet(port, '/', { 'Accept-Language': 'en' });
        const id = /<dt>Request id<\/dt><dd>(?:<!--[^>]*-->)*([^<]+)/.exec(reply.body)?.[1];
        expect(id, reply.body.slice(-3000)).toMatch(/^[\w@:.-]{16,}$/);
      });
    }

    for (const locale of ['ru-RU', 'en-GB']) {
      it(`in Chromium (${locale}): only its own origin, no script error, no axe violation, then the site by itself`, async () => {
        const lang = locale.slice(0, 2) as 'en' | 'ru';
        const context = await browser!.newContext({ locale });
        const page = await context.newPage();
        try {
          const problems = watch(page, port);
          await page.clock.install();
          const response = await page.goto(`http://127.0.0.1:${port}/`);
          expect(response?.status()).toBe(front.status);
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          await expect.poll(() => page.locator('h1').first().textContent()).toBe(texts[lang].statuses[String(front.status) as '502'].heading);
          // The script has run: the countdown shows, the details are filled in.
          const countdown = page.locator('main [data-retry]:visible [data-count]');
          // (The page's clock runs on: a slow machine may be a second or two into the first wait.)
          const waiting = new RegExp(`^${texts[lang].retry.wait.replace('{{time}}', '0:0[0-5]')}$`);
          await expect.poll(() => countdown.textContent()).toMatch(waiting);
          await axe(page);
          expect(problems).toEqual([]);

          // The upstream starts; the page's next check finds it and opens the site.
          upstream ??= await startHttpBackend(upstreamPort);
          // Past the first check, or, if that one came before the upstream, the second.
          await page.clock.fastForward(16_000);
          await page.waitForFunction(() => document.body?.innerText.trim() === 'ok', undefined, { timeout: 15_000 });
          expect(problems).toEqual([]);
        } finally {
          await context.close();
          await upstream?.stop();
          upstream = undefined;
        }
      }, 120_000);
    }
  });
}

// A backend that is up but answers 503 itself (say, an application in maintenance): the page the
// visitor gets is still ours, with the status the backend gave.
const ANSWERS_503 = `require('node:http').createServer((q, s) => { s.statusCode = 503; s.end('the backend says 503\\n'); }).listen(Number(process.argv[1]), '127.0.0.1')`;

for (const front of FRONT_SERVERS.filter((f) => f.coversBackendErrors)) {
  const run = isInstalled(front.name) || labRequired() ? describe : describe.skip;
  run(`error pages on ${front.name}, for the backend's own 503`, () => {
    let server: LabServer<unknown> | undefined;
    let backend: Daemon | undefined;
    afterAll(async () => {
      await server?.stop();
      await backend?.stop();
    });

    it('shows the page instead of the backend’s body, with the backend’s status', async () => {
      const scratch = makeScratch(`error-pages-${front.name}-backend`);
      const pages = scratch.path('error-pages');
      writeErrorPages(pages, { texts, siteUrl: SITE_URL, installDir: pages });
      const backendPort = await freePort();
      backend = await startDaemon({ name: 'answers-503', command: process.execPath, args: ['-e', ANSWERS_503, String(backendPort)], ready: { port: backendPort } });
      const port = await freePort();
      server = await front.start(scratch, pages, port, backendPort);
      const reply = await rawGet(port, '/', { 'Accept-Language': 'ru' });
      expect(reply.status, reply.head).toBe(503);
      expect(reply.body).not.toContain('the backend says');
      expect(shown(reply.body)).toEqual({ lang: 'ru', headings: [texts.ru.statuses['503'].heading] });
    });
  });
}

/** Requests to anything but the server under test, page errors, and console errors other than the 50x themselves. */
function watch(page: Page, port: number): string[] {
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.host !== `127.0.0.1:${port}`) problems.push(`request to ${request.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 50[234]/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return problems;
}

/** The same rules as the site's own end-to-end tests (test/e2e/fixtures.ts). */
async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}
