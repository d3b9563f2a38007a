// What the service worker does, as plain functions of its inputs and of the browser's caches and
// network, so that unit tests can run it with fakes. One cache per build: the app's files are
// precached on install, pages are cached as they are visited, and any other page opened offline gets
// the app shell, which renders it in the browser. A new build's worker takes over at once and deletes
// the old caches; a page still running the old build that then misses a file reloads itself (see
// src/app/register-service-worker.ts), so nobody is left on a mix of two builds.
import { CACHE_PREFIX, type ServiceWorkerInput } from './input';

/** The parts of the worker's global scope it uses. */
export interface WorkerScope {
  /** The site root the worker controls, e.g. "https://example.org/fix502/". */
  scope: string;
  caches: CacheStorage;
  fetch: (request: Request) => Promise<Response>;
  skipWaiting: () => Promise<void>;
  claimClients: () => Promise<void>;
  /** Asks the browser to check for a new worker now. */
  update: () => void;
}

export interface Worker {
  install: () => Promise<void>;
  activate: () => Promise<void>;
  /** Whether the worker answers this request at all: only GETs of the site itself. */
  handles: (request: Request) => boolean;
  respond: (request: Request) => Promise<Response>;
}

export function createWorker({ buildId, precache, shell }: ServiceWorkerInput, env: WorkerScope): Worker {
  const cacheName = CACHE_PREFIX + buildId;
  const inScope = (file: string) => new URL(file, env.scope).href;

  async function install(): Promise<void> {
    const cache = await env.caches.open(cacheName);
    // "reload": past the HTTP cache, so that a file of the old build is never kept under the new one.
    await cache.addAll(precache.map((file) => new Request(inScope(file), { cache: 'reload' })));
    await env.skipWaiting();
  }

  async function activate(): Promise<void> {
    const keys = await env.caches.keys();
    await Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== cacheName).map((key) => env.caches.delete(key)));
    await env.claimClients();
  }

  async function asset(request: Request): Promise<Response> {
    return (await env.caches.match(request, { cacheName })) ?? env.fetch(request);
  }

  // Network first, so that a deploy shows at once; a page is kept only if it is of this build, so
  // that an offline visit never pairs a page with files the cache does not hold.
  async function page(request: Request): Promise<Response> {
    const cache = await env.caches.open(cacheName);
    try {
      const response = await env.fetch(request);
      if (response.ok) {
        const html = await response.clone().text();
        if (html.includes(`content="${buildId}"`)) await cache.put(request, response.clone());
        else env.update();
      }
      return response;
    } catch (error) {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      const shellPage = await cache.match(inScope(shell));
      if (!shellPage) throw error;
      // The shell's URLs start from the site root; re-point them at it for this address.
      const root = new URL(env.scope).pathname;
      const html = (await shellPage.text()).replaceAll('="./', `="${root}`);
      return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    }
  }

  return {
    install,
    activate,
    handles: (request) => request.method === 'GET' && request.url.startsWith(env.scope),
    respond: (request) => (request.mode === 'navigate' ? page(request) : asset(request)),
  };
}
