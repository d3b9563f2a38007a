/** What the build hands the service worker, as data: the worker's code is the same for every build. */
export interface ServiceWorkerInput {
  /** Identifies the build: the hash of the app's files. Pages carry it too, in <meta name="fix502-build">. */
  buildId: string;
  /** Files to precache, relative to the site root (the worker's scope): the assets, the step texts, the shell. */
  precache: string[];
  /** The page that renders any address in the browser, for pages not visited before, offline. */
  shell: string;
}

/** Every cache of this site starts so; the build's id follows. */
export const CACHE_PREFIX = 'fix502-';
