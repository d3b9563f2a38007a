// Writes dist/sw.js: src/service-worker/sw.ts bundled on its own (a worker is one classic script, no
// chunks), with this build's inputs injected as data.
//
// Own code rather than Workbox: the worker is some sixty lines with one rule Workbox has no strategy
// for (a page is cached only if it carries this build's id, so that offline a page never pairs with
// files the cache does not hold), and the app shell answering unvisited pages needs its URLs re-pointed
// at the site root. Workbox's runtime and precache manifest would add more bytes than that to every
// install and hide those two rules in plugin callbacks.
import { join } from 'node:path';
import { build } from 'vite';
import type { ServiceWorkerInput } from '@/service-worker/input';

const ENTRY = join(import.meta.dirname, '../service-worker/sw.ts');

export async function serviceWorkerSource(input: ServiceWorkerInput): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    define: { SERVICE_WORKER_INPUT: JSON.stringify(input) },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: ENTRY, formats: ['iife'], name: 'fix502ServiceWorker', fileName: () => 'sw.js' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result && 'output' in result ? result.output.find((file) => file.type === 'chunk') : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('the service worker did not build');
  return `// fix502 service worker, build ${input.buildId}. Built from src/service-worker/ by src/build/service-worker.ts.\n${chunk.code}`;
}
