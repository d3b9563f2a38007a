// The service worker's entry: src/build/service-worker.ts bundles it into dist/sw.js with this build's
// inputs in place of SERVICE_WORKER_INPUT, so that a new build's sw.js differs byte for byte and the
// browser installs it. The worker's own types (ServiceWorkerGlobalScope, FetchEvent) are not in the
// DOM library the rest of the app is checked against: the few parts used are named here.
import type { ServiceWorkerInput } from './input';
import { createWorker } from './worker';

declare const SERVICE_WORKER_INPUT: ServiceWorkerInput;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  registration: { scope: string; update(): Promise<unknown> };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const sw = self as unknown as ServiceWorkerScope;
const worker = createWorker(SERVICE_WORKER_INPUT, {
  scope: sw.registration.scope,
  caches,
  fetch: (request) => fetch(request),
  skipWaiting: () => sw.skipWaiting(),
  claimClients: () => sw.clients.claim(),
  update: () => void sw.registration.update().catch(() => {}),
});

sw.addEventListener('install', (event) => event.waitUntil(worker.install()));
sw.addEventListener('activate', (event) => event.waitUntil(worker.activate()));
sw.addEventListener('fetch', (event) => {
  if (worker.handles(event.request)) event.respondWith(worker.respond(event.request));
});
