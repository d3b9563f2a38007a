import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, hashSource } from '@/build/content-security-policy';
import { deferBoot, DEFERRED_BOOT } from '@/build/deferred-boot';
import { headTags, htmlDocument, inlineStylesheets } from '@/build/html-document';
import { siteUrlFromEnv } from '@/build/site-config';
import { sitePages } from '@/site/site-pages';
import { robotsTxt, sitemapXml } from '@/build/sitemap';
import type { Tree } from '@/tree/types';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <!--app-head-->
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body>
    <div id="root"><!--app-html--></div>
  </body>
</html>`;

describe('sitePages', () => {
  const tree: Tree = {
    start: 'start',
    aliases: { 'old-dns': 'flush-dns' },
    nodes: [
      { id: 'start', kind: 'question', options: [{ id: 'visitor', next: 'flush-dns' }] },
      { id: 'flush-dns', kind: 'check', yes: 'done', no: 'done', platform: 'os', variants: { windows: [{ id: 'a' }], macos: [{ id: 'a' }] } },
      { id: 'done', kind: 'outcome', tone: 'solved' },
    ],
  };
  const pages = sitePages(tree);

  it('has the picker, the start at /{lang}/, every node and every variant in both languages', () => {
    const steps = pages.filter((page) => page.kind === 'step').map((page) => page.path);
    expect(steps).toContain('/en/');
    expect(steps).toContain('/ru/flush-dns/');
    expect(steps).toContain('/ru/flush-dns/macos/');
    expect(steps).not.toContain('/en/start/');
    expect(pages[0]).toEqual({ kind: 'picker', path: '/' });
  });

  it('keeps a step split by release reachable at its group’s old address', () => {
    const releases = ['debian-13', 'debian-12', 'ubuntu-26-04', 'ubuntu-24-04', 'ubuntu-22-04', 'rhel-family'];
    const split: Tree = {
      ...tree,
      nodes: [...tree.nodes, { id: 'php', kind: 'outcome', tone: 'solved', platform: 'server', variants: Object.fromEntries(releases.map((r) => [r, [{ id: 'a' }]])) }],
    };
    const group = sitePages(split).filter((page) => page.kind === 'group');
    expect(group).toEqual(['en', 'ru'].map((lang) => ({ kind: 'group', path: `/${lang}/php/debian-ubuntu/`, lang, nodeId: 'php', variant: null })));
    expect(pages.filter((page) => page.kind === 'group')).toEqual([]);
  });

  it('keeps a renamed node reachable at its old address', () => {
    expect(pages).toContainEqual({ kind: 'alias', path: '/ru/old-dns/', lang: 'ru', target: '/ru/flush-dns/' });
  });
});

describe('htmlDocument', () => {
  it('points the template’s assets at the root from a deep page, and leaves the page’s own links alone', () => {
    const html = htmlDocument({ template: TEMPLATE, path: '/ru/flush-dns/macos/', lang: 'ru', head: '<title>t</title>', body: '<a href="./">x</a>' });
    expect(html).toContain('<html lang="ru">');
    expect(html).toContain('src="../../../assets/index-abc.js"');
    expect(html).toContain('<a href="./">x</a>');
  });

  it("writes a step's own texts into the page as JSON that nothing in it can break out of", () => {
    const json = JSON.stringify({ nodes: { a: { title: 'x </script><script>alert(1)</script>' } }, commands: {} });
    const html = htmlDocument({ template: deferBoot(TEMPLATE), path: '/en/a/', lang: 'en', head: '', body: '<h1>x</h1>', embeddedTexts: { stem: 'steps/a', json } });
    const block = /<script type="application\/json" id="step-texts" data-texts="steps\/a">([^<]*)<\/script>/.exec(html);
    expect(block).not.toBeNull();
    expect(JSON.parse(block![1]!)).toEqual(JSON.parse(json));
    expect(html.indexOf('<h1>x</h1>')).toBeLessThan(html.indexOf('id="step-texts"'));
    const withoutScripts = htmlDocument({ template: deferBoot(TEMPLATE), path: '/en/a/', lang: 'en', head: '', body: '', embeddedTexts: { stem: 'steps/a', json }, withoutScripts: true });
    expect(withoutScripts).not.toContain('<script');
  });

  it('drops every script for pages that must work without them', () => {
    const html = htmlDocument({ template: deferBoot(TEMPLATE), path: '/', lang: 'en', head: '', body: '', withoutScripts: true });
    expect(html).not.toContain('<script');
  });
});

describe('inlineStylesheets and the CSP', () => {
  it('puts the stylesheets into the page, in order, and allows exactly them and the boot script by hash', () => {
    const page = deferBoot(inlineStylesheets(TEMPLATE, ['body{margin:0}', '.page{color:red}']));
    expect(page).toContain('<style>body{margin:0}</style><style>.page{color:red}</style>');
    expect(page.indexOf('<style>')).toBeLessThan(page.indexOf('<!--app-head-->'));
    expect(page).toContain(`<script data-entry="./assets/index-abc.js">${DEFERRED_BOOT}</script>`);
    const policy = contentSecurityPolicy([hashSource('body{margin:0}')], [hashSource(DEFERRED_BOOT)]);
    expect(policy).toContain(`style-src 'self' ${hashSource('body{margin:0}')}`);
    expect(policy).toContain(`script-src 'self' ${hashSource(DEFERRED_BOOT)}`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('hashes as browsers do: sha256 of the exact text, base64', () => {
    // The value browsers report for an inline "alert(1)" in a CSP violation.
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});

describe('head, sitemap and robots', () => {
  const site = 'https://fix502.example.org/sub/';

  it('gives a page its canonical address and hreflang alternates, with the picker as x-default', () => {
    const head = headTags(
      { title: 'A & B', description: '"quoted"', path: '/en/x/', alternates: [{ lang: 'en', path: '/en/x/' }, { lang: 'ru', path: '/ru/x/' }] },
      site,
    );
    expect(head).toContain('<title>A &amp; B</title>');
    expect(head).toContain('content="&quot;quoted&quot;"');
    expect(head).toContain('<link rel="canonical" href="https://fix502.example.org/sub/en/x/" />');
    expect(head).toContain('hreflang="ru" href="https://fix502.example.org/sub/ru/x/"');
    expect(head).toContain(`hreflang="x-default" href="${site}"`);
  });

  it('lists every page with its alternates in sitemap.xml, and names it in robots.txt', () => {
    const xml = sitemapXml(['/en/', '/ru/flush-dns/'], site);
    expect(xml).toContain('<loc>https://fix502.example.org/sub/ru/flush-dns/</loc>');
    expect(xml).toContain('hreflang="en" href="https://fix502.example.org/sub/en/flush-dns/"');
    expect(robotsTxt(site)).toContain('Sitemap: https://fix502.example.org/sub/sitemap.xml');
  });
});

describe('siteUrlFromEnv', () => {
  it('adds the trailing slash of a sub-path and refuses a malformed address', () => {
    expect(siteUrlFromEnv({ SITE_URL: 'https://example.org/fix502' })).toBe('https://example.org/fix502/');
    expect(() => siteUrlFromEnv({ SITE_URL: 'not a url' })).toThrow();
  });
});
