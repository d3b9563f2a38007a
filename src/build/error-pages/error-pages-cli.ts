// `npm run build` (last step): dist/error-pages/. Alone: `tsx src/build/error-pages/error-pages-cli.ts [folder]`.
// ERROR_PAGES_DIR names where the snippets expect the pages (default /usr/share/fix502/error-pages).
import { join } from 'node:path';
import { siteUrlFromEnv } from '@/build/site-config';
import { readErrorPageTexts } from './texts';
import { DEFAULT_INSTALL_DIR, writeErrorPages } from './write-error-pages';

const outDir = process.argv[2] ?? join(import.meta.dirname, '../../../dist/error-pages');
const installDir = (process.env.ERROR_PAGES_DIR || DEFAULT_INSTALL_DIR).replace(/\/+$/, '');
const files = writeErrorPages(outDir, { texts: readErrorPageTexts(), siteUrl: siteUrlFromEnv(), installDir });
const pages = files.filter((file) => file.page).length;
console.log(`Wrote ${pages} error pages and ${files.length - pages} config files into ${outDir} (for ${installDir}).`);
