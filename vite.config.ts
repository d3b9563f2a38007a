import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { browserTree } from './src/build/browser-tree.ts';
import { siteUrlFromEnv } from './src/build/site-config.ts';
import { treeTextFilesPlugin } from './src/build/tree-text-files.ts';

/** Modules of the boot script (src/app/boot.ts), and modules only lazy chunks share (the chain pictures). */
const BOOT_OR_LAZY_ONLY = /\/src\/app\/boot\.ts|\/src\/shared\/(site-root|tree-texts)\.ts|\/src\/tree\/(languages|text-parts|graph|ids)\.ts|\/chain-(geometry|status)\.ts/;

export default defineConfig({
  // Relative asset URLs: dist/ works at a domain's root and under any sub-path.
  base: './',
  plugins: [browserTree(), treeTextFilesPlugin(import.meta.dirname), react()],
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
              test: (id: string) => /\/src\//.test(id) && !BOOT_OR_LAZY_ONLY.test(id),
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
    exclude: ['test/e2e/**'],
  },
});
