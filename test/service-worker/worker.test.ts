// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createWorker, type WorkerScope } from '@/service-worker/worker';

const SCOPE = 'https://example.org/fix502/';
const BUILD = 'b2';

/** The browser's caches, as far as the worker uses them: named caches of URL → response. */
function fakeCaches(fetchFile: (request: Request) => Promise<Response>) {
  const stores = new Map<string, Map<string, Response>>();
  const keyOf = (request: Request | string, ignoreSearch = false) => {
    const url = new URL(typeof request === 'string' ? request : request.url);
    if (ignoreSearch) url.search = '';
    return url.href;
  };
  const open = async (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      addAll: async (requests: Request[]) => {
        for (const request of requests) store.set(keyOf(request), await fetchFile(request));
      },
      put: async (request: Request, response: Response) => void store.set(keyOf(request), response),
      match: async (request: Request | string, options?: { ignoreSearch?: boolean }) => store.get(keyOf(request, options?.ignoreSearch))?.clone(),
    };
  };
  const caches = {
    open,
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
    match: async (request: Request, options?: { cacheName?: string }) => stores.get(options?.cacheName ?? '')?.get(keyOf(request))?.clone(),
  };
  return { caches: caches as unknown as CacheStorage, stores };
}

/** A worker of build b2 whose network answers from `site` (path → body), or is down. */
function setUp(site: Record<string, string>) {
  let online = true;
  const fetched: Request[] = [];
  const fetchFile = async (request: Request) => {
    fetched.push(request);
    if (!online) throw new TypeError('Failed to fetch');
    const body = site[new URL(request.url).pathname.slice(new URL(SCOPE).pathname.length)];
    return body === undefined ? new Response('Not found', { status: 404 }) : new Response(body);
  };
  const { caches, stores } = fakeCaches(fetchFile);
  const calls: string[] = [];
  const env: WorkerScope = {
    scope: SCOPE,
    caches,
    fetch: fetchFile,
    skipWaiting: async () => void calls.push('skipWaiting'),
    claimClients: async () => void calls.push('claim'),
    update: () => void calls.push('update'),
  };
  const worker = createWorker({ buildId: BUILD, precache: ['assets/app.js', 'shell.html'], shell: 'shell.html' }, env);
  // A page as the browser asks for it; Request() itself may not be given the "navigate" mode.
  const page = (path: string) => Object.defineProperty(new Request(SCOPE + path), 'mode', { value: 'navigate' });
  return { worker, stores, calls, fetched, page, goOffline: () => (online = false) };
}

const SHELL = '<html><script src="./assets/app.js"></script><meta name="fix502-build" content="b2"></html>';

describe('the service worker', () => {
  it('precaches its files past the HTTP cache into the cache of its build, then takes over at once', async () => {
    const { worker, stores, calls, fetched } = setUp({ 'assets/app.js': 'app', 'shell.html': SHELL });
    await worker.install();
    expect([...stores.get('fix502-b2')!.keys()]).toEqual([`${SCOPE}assets/app.js`, `${SCOPE}shell.html`]);
    expect(fetched.map((request) => request.cache)).toEqual(['reload', 'reload']);
    expect(calls).toEqual(['skipWaiting']);
  });

  it("deletes the older builds' caches on activation, and no other site's", async () => {
    const { worker, stores, calls } = setUp({ 'assets/app.js': 'app', 'shell.html': SHELL });
    stores.set('fix502-b1', new Map());
    stores.set('someone-else', new Map());
    await worker.install();
    await worker.activate();
    expect([...stores.keys()].sort()).toEqual(['fix502-b2', 'someone-else']);
    expect(calls).toEqual(['skipWaiting', 'claim']);
  });

  it('answers only GETs of its own site', () => {
    const { worker } = setUp({});
    expect(worker.handles(new Request(`${SCOPE}en/`))).toBe(true);
    expect(worker.handles(new Request(`${SCOPE}en/`, { method: 'POST' }))).toBe(false);
    expect(worker.handles(new Request('https://example.org/other/'))).toBe(false);
  });

  it('serves a precached file from the cache, without the network', async () => {
    const { worker, fetched } = setUp({ 'assets/app.js': 'app', 'shell.html': SHELL });
    await worker.install();
    fetched.length = 0;
    expect(await (await worker.respond(new Request(`${SCOPE}assets/app.js`))).text()).toBe('app');
    expect(fetched).toEqual([]);
  });

  it('keeps a visited page of its build for offline, and asks for a new worker on a page of another', async () => {
    const { worker, calls, page, goOffline } = setUp({
      'shell.html': SHELL,
      'en/': '<meta name="fix502-build" content="b2"><h1>Start</h1>',
      'en/new/': '<meta name="fix502-build" content="b3"><h1>New build</h1>',
    });
    await worker.install();
    expect(await (await worker.respond(page('en/'))).text()).toContain('Start');
    expect(await (await worker.respond(page('en/new/'))).text()).toContain('New build');
    expect(calls).toContain('update');
    goOffline();
    expect(await (await worker.respond(page('en/?utm=x'))).text()).toContain('Start');
    // The page of the other build was not kept: offline, the shell renders it instead.
    expect(await (await worker.respond(page('en/new/'))).text()).not.toContain('New build');
  });

  it('offline, answers a page never visited with the shell, its URLs pointed at the site root', async () => {
    const { worker, page, goOffline } = setUp({ 'assets/app.js': 'app', 'shell.html': SHELL });
    await worker.install();
    goOffline();
    const response = await worker.respond(page('ru/flush-dns/linux/'));
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<script src="/fix502/assets/app.js">');
  });

  it('offline and without a shell (not installed yet), fails as the network did', async () => {
    const { worker, page, goOffline } = setUp({});
    goOffline();
    await expect(worker.respond(page('en/'))).rejects.toThrow('Failed to fetch');
  });
});
