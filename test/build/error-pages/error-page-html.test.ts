import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { leaves } from '@/build/locale-parity';
import { sizeLimit } from '@/build/error-pages/raw-response';
import { CLOUDFLARE_BOX } from '@/build/error-pages/write-error-pages';
import { file, htmlOf, pages, SITE_URL, texts } from './pages';

const parsed = new Map<string, Document>();
/** Each page parsed once: twenty pages through jsdom are slow on a busy machine. */
const parse = (html: string) => parsed.get(html) ?? parsed.set(html, new DOMParser().parseFromString(html, 'text/html')).get(html)!;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the error pages', { timeout: 30_000 }, () => {
  it('are 502, 503 and 504 in both languages, both orders for HAProxy (raw and log-format), and one per language first for Cloudflare', () => {
    expect(pages.map((p) => p.path).sort()).toEqual(
      [
        ...['502', '503', '504'].flatMap((s) => [
          `${s}.en.html`,
          `${s}.ru.html`,
          ...['en', 'ru'].flatMap((first) => [`haproxy/${s}.${first}.http`, `haproxy/${s}.${first}.lf.html`]),
        ]),
        'cloudflare/5xx.en.html',
        'cloudflare/5xx.ru.html',
      ].sort(),
    );
  });

  it('fit in 16 KB with their headers: the raw responses whole, the pages with room for the server’s', () => {
    for (const page of pages) {
      const bytes = Buffer.byteLength(page.content, 'utf8');
      expect(bytes, page.path).toBeLessThanOrEqual(sizeLimit(page.path));
    }
  });

  it('allow their one inline script and one inline style by hash, and nothing else', () => {
    for (const page of pages) {
      const doc = parse(htmlOf(page.content));
      const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      const scripts = [...doc.querySelectorAll('script')];
      const styles = [...doc.querySelectorAll('style')];
      expect(scripts, page.path).toHaveLength(1);
      expect(styles, page.path).toHaveLength(1);
      expect(policy).toContain(`script-src ${sha256(scripts[0]!.textContent!)}`);
      expect(policy).toContain(`style-src ${sha256(styles[0]!.textContent!)}`);
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("connect-src 'self'");
      expect(doc.querySelectorAll('[style], [onclick], [onload]'), page.path).toHaveLength(0);
    }
  });

  it('ask for nothing from any host: no resource at all, links only to the guide', () => {
    for (const page of pages) {
      const html = htmlOf(page.content);
      const doc = parse(html);
      expect(doc.querySelectorAll('[src], link, img, iframe, object, embed, form, base'), page.path).toHaveLength(0);
      expect(html, page.path).not.toMatch(/url\(|@import|@font-face/);
      const links = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
      expect(links.length, page.path).toBeGreaterThan(0);
      for (const href of links) expect(href.startsWith(SITE_URL), `${page.path}: ${href}`).toBe(true);
      // No absolute URL anywhere else (the script re-asks its own address only).
      const elsewhere = (html.match(/https?:\/\/[^\s"'<)]+/g) ?? []).filter((url) => !url.startsWith(SITE_URL));
      expect(elsewhere, page.path).toEqual([]);
    }
  });

  it('link the visitor’s side of the guide and the owner’s step for the status, in the page’s language', () => {
    const links = (path: string) => [...parse(file(path)).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links('502.ru.html')).toEqual([`${SITE_URL}ru/visitor-reload/`, `${SITE_URL}ru/owner-error-logs/`]);
    expect(links('503.en.html')).toEqual([`${SITE_URL}en/visitor-reload/`, `${SITE_URL}en/owner-backend/`]);
    expect(links('504.en.html')).toEqual([`${SITE_URL}en/visitor-reload/`, `${SITE_URL}en/owner-timeouts/`]);
  });

  it('say every text of the status in the page’s language, from locales/*/error-page.json', () => {
    for (const lang of ['en', 'ru'] as const) {
      for (const status of ['502', '503', '504'] as const) {
        const doc = parse(file(`${status}.${lang}.html`));
        expect(doc.documentElement.lang).toBe(lang);
        const shown = `${doc.title}\n${doc.body.textContent}\n${[...doc.querySelectorAll('[data-retry]')].map((el) => [...el.attributes].map((a) => a.value).join('\n')).join('\n')}`;
        const { statuses, ...rest } = texts[lang];
        for (const [key, text] of [...leaves(statuses[status]), ...leaves(rest)]) expect(shown, `${lang} ${status} ${key}`).toContain(text);
        for (const other of ['502', '503', '504'].filter((s) => s !== status) as ('502' | '503' | '504')[]) {
          expect(shown).not.toContain(texts[lang].statuses[other].heading);
        }
      }
    }
  });

  it('mark the English reason phrase on a Russian page, and show no other Latin word there', () => {
    const doc = new DOMParser().parseFromString(file('502.ru.html'), 'text/html'); // its own copy: the test cuts it
    expect(doc.querySelector('.code span[lang="en"]')?.textContent).toBe('Bad Gateway');
    for (const foreign of doc.querySelectorAll('[lang="en"], script, style')) foreign.remove();
    const words = doc.documentElement.textContent!.match(/[A-Za-z]{2,}/g) ?? [];
    expect(words.filter((word) => word !== 'UTC')).toEqual([]);
  });

  it('show no Cyrillic on an English page', () => {
    for (const status of ['502', '503', '504']) expect(parse(file(`${status}.en.html`)).documentElement.textContent, status).not.toMatch(/[а-яё]/i);
  });

  it('in two languages: the document speaks the first, the other section carries its own lang', () => {
    for (const [path, first, second] of [
      ['haproxy/502.en.http', 'en', 'ru'],
      ['haproxy/502.ru.http', 'ru', 'en'],
      ['cloudflare/5xx.en.html', 'en', 'ru'],
    ] as const) {
      const doc = parse(htmlOf(file(path)));
      expect(doc.documentElement.lang, path).toBe(first);
      expect([...doc.querySelectorAll('main > section')].map((s) => s.getAttribute('lang')), path).toEqual([first, second]);
      expect(doc.title).toBe(texts[first].statuses[path.includes('5xx') ? '5xx' : '502'].title);
      expect(doc.querySelectorAll('h1')[1]!.closest('[lang]')!.getAttribute('lang')).toBe(second);
    }
  });

  it('keep everything readable without JavaScript: the re-check panel alone waits for the script', () => {
    const doc = parse(file('502.en.html'));
    expect(doc.querySelector('[data-retry]')!.hasAttribute('hidden')).toBe(true);
    expect(doc.querySelector('h1')!.textContent).toBe(texts.en.statuses['502'].heading);
    expect(doc.querySelectorAll('ol li')).toHaveLength(4);
    // The countdown is not a live region: only the status line speaks, and only when something happens.
    expect(doc.querySelector('[data-count]')!.hasAttribute('aria-live')).toBe(false);
    expect(doc.querySelector('[data-retry] [role="status"]')!.textContent).toBe('');
  });

  it('give Cloudflare its details box and its Ray ID as the request id', () => {
    const html = file('cloudflare/5xx.en.html');
    expect(html.split(CLOUDFLARE_BOX)).toHaveLength(2);
    expect(html).toContain('::RAY_ID::');
  });
});

describe('the log-format pages for HAProxy’s http-error', () => {
  it('double every % of the page but the request id’s and the time’s', () => {
    const lf = file('haproxy/502.en.lf.html');
    const raw = file('haproxy/502.en.http');
    expect(lf.match(/%\[unique-id\]/g)).toHaveLength(2);
    expect(lf.match(/%\[date,utime\(%Y-%m-%dT%H:%M:%SZ\)\]/g)).toHaveLength(2);
    // Outside the slots, no single % is left, and undoubled the page is the raw response's.
    const rest = lf.replaceAll('%[unique-id]', '').replaceAll('%[date,utime(%Y-%m-%dT%H:%M:%SZ)]', '');
    expect(rest.replaceAll('%%', '')).not.toContain('%');
    expect(rest.replaceAll('%%', '%')).toBe(htmlOf(raw));
  });
});
