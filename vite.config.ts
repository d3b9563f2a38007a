import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { siteUrlFromEnv } from './src/build/site-config.ts';
import { stripTreeNotes } from './src/build/strip-tree-notes.ts';
import { treeTextFilesPlugin } from './src/build/tree-text-files.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works at a domain's root and under any sub-path.
  base: './',
  plugins: [stripTreeNotes(), treeTextFilesPlugin(import.meta.dirname), react()],
  define: {
    'import.meta.env.VITE_SITE_URL': JSON.stringify(siteUrlFromEnv()),
  },
  build: {
    // Tiny locale chunks stay separate files instead of being inlined as data: URLs,
    // which the Content-Security-Policy would have to allow.
    assetsInlineLimit: 0,
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**'],
  },
});
