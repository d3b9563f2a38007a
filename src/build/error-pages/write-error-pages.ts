// Writes dist/error-pages/: the pages, the raw responses for HAProxy, the Cloudflare pages and the
// snippets that serve them from `installDir`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGUAGES, type Language } from '@/tree/languages';
import { errorPageHtml } from './page-html';
import { rawHttpResponse } from './raw-response';
import { CLOUDFLARE_SLOTS, logFormatPage, NO_SLOTS, SERVER_SLOTS } from './server-slots';
import { apacheSnippet, apacheTypeMap, caddySnippet, caddyUpstreamSnippet, haproxySnippet, nginxSnippet } from './snippets';
import { GATEWAY_STATUSES } from './statuses';
import type { ErrorPageTexts } from './texts';

export const DEFAULT_INSTALL_DIR = '/usr/share/fix502/error-pages';

/** Cloudflare puts its details (which link failed, the Ray ID) where this token stands. */
export const CLOUDFLARE_BOX = '::CLOUDFLARE_ERROR_500S_BOX::';

export interface ErrorPagesOptions {
  texts: Record<Language, ErrorPageTexts>;
  siteUrl: string;
  installDir?: string;
}

export interface ErrorPageFile {
  /** Relative to the output folder. */
  path: string;
  content: string;
  /** Whether a browser gets it as an error page (a page, a raw response), not a config file. */
  page: boolean;
}

/** Every file of the folder, in memory, so that tests and the bench see exactly what the build writes. */
export function errorPageFiles({ texts, siteUrl, installDir = DEFAULT_INSTALL_DIR }: ErrorPagesOptions): ErrorPageFile[] {
  const files: ErrorPageFile[] = [];
  const add = (path: string, content: string, page = true) => files.push({ path, content, page });
  // Each language first once: the other language's page, for a site whose visitors mostly read it.
  const orders = LANGUAGES.map((lang) => [lang, ...LANGUAGES.filter((other) => other !== lang)]);
  for (const status of GATEWAY_STATUSES) {
    for (const lang of LANGUAGES) add(`${status}.${lang}.html`, errorPageHtml({ status, languages: [lang], texts, siteUrl, slots: SERVER_SLOTS }));
    add(`${status}.var`, apacheTypeMap(status, LANGUAGES), false);
    for (const languages of orders) {
      add(`haproxy/${status}.${languages[0]}.http`, rawHttpResponse(status, errorPageHtml({ status, languages, texts, siteUrl, slots: NO_SLOTS })));
      // The same page for `http-error … lf-file`, which can put the request id and the time in.
      add(`haproxy/${status}.${languages[0]}.lf.html`, logFormatPage((slots) => errorPageHtml({ status, languages, texts, siteUrl, slots })));
    }
  }
  for (const languages of orders) {
    const extra = `<div class="cloudflare" lang="en">${CLOUDFLARE_BOX}</div>`;
    add(`cloudflare/5xx.${languages[0]}.html`, errorPageHtml({ status: '5xx', languages, texts, siteUrl, slots: CLOUDFLARE_SLOTS, extra }));
  }
  add('nginx.conf', nginxSnippet(installDir), false);
  add('apache.conf', apacheSnippet(installDir), false);
  add('Caddyfile', caddySnippet(installDir), false);
  add('Caddyfile-upstream', caddyUpstreamSnippet(installDir), false);
  add('haproxy.cfg', haproxySnippet(installDir), false);
  return files;
}

export function writeErrorPages(outDir: string, options: ErrorPagesOptions): ErrorPageFile[] {
  const files = errorPageFiles(options);
  for (const file of files) {
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }
  return files;
}
