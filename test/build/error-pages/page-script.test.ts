// The page's script in a page of its own (jsdom), with a fake clock and a fake network.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_SCRIPT } from '@/build/error-pages/page-html';
import { file, htmlOf, texts } from './pages';

type Answer = { status: number; headers?: Record<string, string> } | 'offline';

let answers: Answer[];
let fetches: { url: string; init: RequestInit }[];

/** Shows a page of the build and runs its script, as the browser would after parsing it. */
function open(path: string, languages = ['en-GB']) {
  const doc = new DOMParser().parseFromString(htmlOf(file(path)), 'text/html');
  document.documentElement.lang = doc.documentElement.lang;
  document.title = doc.title;
  document.body.innerHTML = doc.body.innerHTML;
  Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
  new Function(PAGE_SCRIPT)();
}

const panel = () => document.querySelector('main > [data-retry], main > section:first-child [data-retry]') as HTMLElement;
const countdown = () => panel().querySelector('[data-count]')!.textContent;
const said = () => panel().querySelector('[role="status"]')!.textContent;
const seconds = (s: number) => vi.advanceTimersByTimeAsync(s * 1000);

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-12-01T20:00:00Z') });
  answers = [];
  fetches = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    fetches.push({ url, init });
    const answer = answers.shift() ?? { status: 502 };
    if (answer === 'offline') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve({ status: answer.status, headers: new Headers(answer.headers) });
  });
  // jsdom does not navigate; the page's own words say that it goes back to the site.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the error page’s script', () => {
  it('shows the re-check panel and counts down to the first check, five seconds on', async () => {
    open('502.en.html');
    expect(panel().hidden).toBe(false);
    expect(countdown()).toBe('Next check in 0:05');
    await seconds(2);
    expect(countdown()).toBe('Next check in 0:03');
    expect(fetches).toHaveLength(0);
    await seconds(3);
    expect(fetches).toHaveLength(1);
  });

  it('asks the same address again, from its own origin, never from the cache', async () => {
    open('502.en.html');
    await seconds(5);
    expect(fetches[0]!.url).toBe(location.href.split('#')[0]);
    expect(fetches[0]!.init).toMatchObject({ cache: 'no-store', credentials: 'same-origin', redirect: 'manual' });
  });

  it('waits longer after each failure, never more than two minutes', async () => {
    open('502.en.html');
    const at: number[] = [];
    for (let s = 1; s <= 400; s++) {
      const before = fetches.length;
      await seconds(1);
      if (fetches.length > before) at.push(s);
    }
    // 5, then 10, 20, 40, 60 and 120 seconds apart.
    expect(at).toEqual([5, 15, 35, 75, 135, 255, 375]);
  });

  it('goes back to the site as soon as it answers with anything but 502, 503 or 504', async () => {
    answers = [{ status: 503 }, { status: 200 }];
    open('503.en.html');
    await seconds(5);
    expect(said()).toBe('');
    await seconds(10);
    expect(said()).toBe(texts.en.retry.back);
  });

  it('counts a redirect (an opaque answer) as the site being back', async () => {
    answers = [{ status: 0 }];
    open('502.en.html');
    await seconds(5);
    expect(said()).toBe(texts.en.retry.back);
  });

  it('keeps trying when the network fails', async () => {
    answers = ['offline', { status: 404 }];
    open('504.en.html');
    await seconds(5);
    expect(countdown()).toBe('Next check in 0:10');
    await seconds(10);
    expect(said()).toBe(texts.en.retry.back);
  });

  it('waits as long as Retry-After asks, in seconds or as a date', async () => {
    answers = [{ status: 503, headers: { 'Retry-After': '30' } }, { status: 503, headers: { 'Retry-After': 'Tue, 01 Dec 2026 20:01:35 GMT' } }];
    open('503.en.html');
    await seconds(5);
    expect(countdown()).toBe('Next check in 0:30');
    await seconds(30);
    expect(fetches).toHaveLength(2);
    expect(countdown()).toBe('Next check in 1:00');
  });

  it('checks at once on “Check now”, and says so only then, in the status line', async () => {
    open('502.en.html');
    panel().querySelector('button')!.click();
    await seconds(0);
    expect(fetches).toHaveLength(1);
    expect(said()).toBe(texts.en.retry.stillDown);
    expect(countdown()).toBe('Next check in 0:10');
  });

  it('stops politely after about a quarter of an hour', async () => {
    open('502.en.html');
    await seconds(20 * 60);
    expect(fetches.length).toBeGreaterThan(5);
    expect(said()).toBe(texts.en.retry.stopped);
    expect(panel().querySelector('button')!.hidden).toBe(true);
    const made = fetches.length;
    await seconds(10 * 60);
    expect(fetches).toHaveLength(made);
  });

  it('moves the focus from “Check now” to the status line when it stops', async () => {
    open('502.en.html');
    const button = panel().querySelector('button')!;
    button.focus();
    await seconds(20 * 60);
    expect(document.activeElement).toBe(panel().querySelector('[role="status"]'));
  });

  it('fills in the address, the time in UTC and the local time', () => {
    open('502.en.html');
    const value = (kind: string) => document.querySelector(`[data-fill="${kind}"]`)!.textContent;
    expect(value('utc')).toBe('2026-12-01 20:00:00 UTC');
    expect(value('address')).toBe(location.href);
    expect(value('local')).toContain('2026');
  });

  it('keeps the time the server wrote in, which matches its logs', () => {
    const page = file('502.en.html');
    vi.spyOn(Date, 'now');
    const doc = new DOMParser().parseFromString(page.replace('<!--fix502:time-->', '2026-12-01T19:58:07+00:00'), 'text/html');
    document.body.innerHTML = doc.body.innerHTML;
    new Function(PAGE_SCRIPT)();
    expect(document.querySelector('[data-fill="utc"]')!.textContent).toBe('2026-12-01 19:58:07 UTC');
  });

  it('in a page of both languages, puts Russian first for a Russian browser, with its title and lang', () => {
    open('haproxy/502.en.http', ['ru-RU', 'en']);
    expect(document.documentElement.lang).toBe('ru');
    expect(document.title).toBe(texts.ru.statuses['502'].title);
    const sections = [...document.querySelectorAll('main > section')];
    expect(sections.map((s) => s.getAttribute('lang'))).toEqual(['ru', 'en']);
    // One countdown only: the first section's.
    expect(sections.map((s) => (s.querySelector('[data-retry]') as HTMLElement).hidden)).toEqual([false, true]);
    expect(countdown()).toBe('Следующая проверка через 0:05');
  });

  it('in a page of both languages, leaves English first for any other browser', () => {
    open('haproxy/502.en.http', ['de-DE', 'en']);
    expect(document.documentElement.lang).toBe('en');
    expect([...document.querySelectorAll('main > section')].map((s) => s.getAttribute('lang'))).toEqual(['en', 'ru']);
  });
});
