import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { defineConfig } from 'vitest/config';

// The build's own modules are loaded as every Node-side script of the project is run, through tsx,
// which knows the "@/" imports of tsconfig.json; Vite's loader of this file does not.
const node = <T>(file: string): Promise<T> => tsImport(file, import.meta.url);
const { browserTree } = await node<typeof import('./src/build/browser-tree.ts')>('./src/build/browser-tree.ts');
const { siteUrlFromEnv } = await node<typeof import('./src/build/site-config.ts')>('./src/build/site-config.ts');
const { treeTextFilesPlugin } = await node<typeof import('./src/build/tree-text-files.ts')>('./src/build/tree-text-files.ts');
const { appChunk } = await node<typeof import('./src/build/app-chunk.ts')>('./src/build/app-chunk.ts');
const app = appChunk();
const { compileHints } = await node<typeof import('./src/build/compile-hints.ts')>('./src/build/compile-hints.ts');


export default defineConfig({
  // Relative asset URLs: dist/ works at a domain's root and under any sub-path.
  base: './',
  resolve: { alias: { '@/': fileURLToPath(new URL('./src/', import.meta.url)) } },
  plugins: [browserTree(), treeTextFilesPlugin(import.meta.dirname), app.plugin, compileHints(), react()],
  define: {
    'import.meta.env.VITE_SITE_URL': JSON.stringify(siteUrlFromEnv()),
  },
  build: {
    // Tiny locale chunks stay separate files instead of being inlined as data: URLs,
    // which the Content-Security-Policy would have to allow.
    assetsInlineLimit: 0,
    // Tells the prerender which stylesheet belongs to which page (read, then deleted).
    manifest: true,
    // Every browser this site supports has <link rel="modulepreload">.
    modulePreload: { polyfill: false },
    rollupOptions: {
      // The pages' stylesheet is an entry of its own, which the prerender inlines into every page: were
      // the page or the boot script to import it, every lazy chunk would fetch it again.
      input: { index: 'index.html', styles: 'src/app/styles.css' },
      output: {
        // Three chunks for every step: the libraries (cached across deploys), and the app's code shared
        // with the lazy pages ("app") or not (entry-client). Left alone, Rolldown cuts them into a
        // dozen pieces, each compressed apart, which costs more bytes and requests. The boot script's
        // own modules stay out, so that it starts the text downloads without waiting for the app.
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules/, priority: 2 },
            {
              name: 'app',
              test: app.test,
              minShareCount: 2,
              priority: 1,
              includeDependenciesRecursively: false,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    // Some tests start the CLIs or a lazy page's chunk: on a busy machine these take seconds.
    testTimeout: 20_000,
    exclude: ['test/e2e/**', 'test/lab/**'],
  },
});
