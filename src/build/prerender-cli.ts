// `npm run build`, after `vite build`: writes every page of the site into dist/ as real HTML.
import './ignore-css-imports';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRenderer } from '@/app/render';
import { nodeIndex, textParts, tree } from '@/site/content';
import { checklistMeta, diagnoseMeta, requestMeta, stepMeta, type PageMeta } from '@/site/page-meta';
import { notFoundFile, outputFile, relativeHref } from '@/site/paths';
import { partFilesOf, partTextFiles, stepTextFile, textFileOf } from '@/site/text-files';
import { LANGUAGES, type Language } from '@/tree/languages';
import { nodesForStep } from '@/tree/text-parts';
import { contentSecurityPolicy, hashSource } from './content-security-policy';
import { DEFERRED_BOOT, deferBoot } from './deferred-boot';
import { escapeHtml, headTags, htmlDocument, inlineStylesheets } from './html-document';
import { pageStyles, readViteManifest } from './page-styles';
import { precompressAssets } from './precompress';
import { readAllLocales, readTreeLocales } from './read-locales';
import { serviceWorkerSource } from './service-worker';
import { siteUrlFromEnv } from './site-config';
import { sitePages, type ExtraPage, type SitePage } from '@/site/site-pages';
import { robotsTxt, sitemapXml } from './sitemap';

const DIST = join(import.meta.dirname, '../../dist');

async function prerender() {
  const started = performance.now();
  const siteUrl = siteUrlFromEnv();
  const treeLocales = readTreeLocales();
  const { i18n, render: renderPage, textsAt } = await createRenderer({ resources: readAllLocales(), stepTexts: partTextFiles(tree, treeLocales), siteUrl });
  const readAsset = (file: string) => readFileSync(join(DIST, file), 'utf8');
  // Stylesheets are inlined into the pages; the files stay for the lazy pages' scripts, which load
  // their own (Vite's preload), and so are precached with the rest.
  const appFiles = [
    ...readdirSync(join(DIST, 'assets')).map((file) => `assets/${file}`),
    // The step texts of both sides in both languages: offline, any page may be opened.
    ...readdirSync(join(DIST, 'texts'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.json')).map((file) => `texts/${file.replaceAll('\\', '/')}`),
  ].sort();
  const buildId = hashFiles(appFiles, readAsset);
  // Every page inlines the site's stylesheet; the diagnosis and request pages their own too.
  const manifest = readViteManifest();
  const stylesOf = (module: string) => pageStyles(manifest, module).map(readAsset);
  const siteStyles = stylesOf('src/app/styles.css');
  const templateWith = (styles: string[]) => withPolicy(deferBoot(withIcon(inlineStylesheets(readAsset('index.html'), styles))), buildId);
  const template = templateWith(siteStyles);
  const pageTemplates: Partial<Record<ExtraPage, string>> = {
    diagnose: templateWith([...siteStyles, ...stylesOf('src/features/diagnose/pages/diagnose-page.tsx')]),
    request: templateWith([...siteStyles, ...stylesOf('src/features/request/pages/request-page.tsx')]),
  };

  const write = (path: string, html: string) => {
    const file = join(DIST, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  };

  const pages = sitePages(tree);
  for (const page of pages) {
    write(outputFile(page.path), await renderSitePage(page));
  }
  write(notFoundFile(), notFoundDocument());
  for (const lang of LANGUAGES) write(notFoundFile(lang), notFoundDocument(lang));
  write('shell.html', shellDocument());
  const indexable = pages.filter((page) => page.kind === 'step' || page.kind === 'page').map((page) => page.path);
  write('sitemap.xml', sitemapXml(indexable, siteUrl));
  write('robots.txt', robotsTxt(siteUrl));
  write('sw.js', serviceWorkerSource({ buildId, precache: [...appFiles, 'shell.html'], shell: 'shell.html' }));
  await precompressAssets(DIST);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Prerendered ${pages.length} pages and the not-found pages into dist/ in ${seconds} s (site URL ${siteUrl}).`);

  async function renderSitePage(page: SitePage): Promise<string> {
    if (page.kind === 'alias') return aliasDocument(page);
    const body = await renderPage(page.path);
    if (page.kind === 'picker') {
      const t = i18n.getFixedT('en', 'common');
      const tRu = i18n.getFixedT('ru', 'common');
      const head = headTags({ title: t('picker.pageTitle'), description: `${t('site.tagline')}. ${tRu('site.tagline')}.`, path: '/', alternates: [] }, siteUrl);
      return htmlDocument({ template, path: page.path, lang: 'en', head, body });
    }
    const texts = treeLocales[page.lang];
    const meta = page.kind === 'page' ? extraPageMeta(page) : stepMeta(i18n, page.lang, texts.nodes[page.nodeId]!, page.nodeId, page.variant);
    const head = headTags(meta, siteUrl);
    // What the page's route declares: a step's texts go into its page (see embeddedTexts), the files of
    // the other nodes it shows are named for the boot script to fetch.
    const { step, nodes = [] } = textsAt(page.path);
    const embeddedTexts = step ? { stem: stepTextFile(step), json: JSON.stringify(textFileOf(nodeIndex, texts, nodesForStep(nodeIndex, step))) } : undefined;
    const pageTemplate = page.kind === 'page' ? (pageTemplates[page.name] ?? template) : template;
    return htmlDocument({ template: pageTemplate, path: page.path, lang: page.lang, texts: partFilesOf(nodes, textParts), embeddedTexts, head, body });
  }

  function extraPageMeta(page: Extract<SitePage, { kind: 'page' }>): PageMeta {
    switch (page.name) {
      case 'diagnose':
        return diagnoseMeta(i18n, page.lang);
      case 'request':
        return requestMeta(i18n, page.lang);
      case 'checklist-visitor':
        return checklistMeta(i18n, page.lang, 'visitor');
      case 'checklist-owner':
        return checklistMeta(i18n, page.lang, 'owner');
    }
  }

  function aliasDocument(page: Extract<SitePage, { kind: 'alias' }>): string {
    const t = i18n.getFixedT(page.lang, 'common');
    const href = relativeHref(page.path, page.target);
    const head = [
      headTags({ title: t('site.titleTemplate', { title: t('moved.title') }), description: t('moved.title'), path: page.target, alternates: [] }, siteUrl),
      `<meta http-equiv="refresh" content="0; url=${href}" />`,
    ].join('\n    ');
    const body = `<main id="main" class="step"><h1>${escapeHtml(t('moved.title'))}</h1><p><a class="answer" href="${href}">${escapeHtml(t('moved.link'))}</a></p></main>`;
    return htmlDocument({ template, path: page.path, lang: page.lang, head, body, withoutScripts: true });
  }

  /**
   * Static hosts serve 404.html at whatever address was asked for, so relative links would break:
   * its links start from the site URL's path, and it needs no script or asset file. The one a host
   * serves everywhere speaks both languages; a language's own (for servers that can pick it by the
   * address) puts that language first and names it on the document.
   */
  function notFoundDocument(first: Language = LANGUAGES[0]): string {
    const root = new URL(siteUrl).pathname;
    const languages = [first, ...LANGUAGES.filter((lang) => lang !== first)];
    const sections = languages.map((lang, i) => {
      const t = i18n.getFixedT(lang, 'common');
      const heading = i === 0 ? 'h1' : 'h2';
      return `<section lang="${lang}"><${heading}>${escapeHtml(t('notFound.title'))}</${heading}><p class="lead">${escapeHtml(t('notFound.body'))}</p><p><a class="answer" href="${root}${lang}/">${escapeHtml(t('notFound.start'))}</a></p></section>`;
    });
    const t = i18n.getFixedT(first, 'common');
    const head = `<title>${escapeHtml(t('site.titleTemplate', { title: t('notFound.title') }))}</title>\n    <meta name="robots" content="noindex" />`;
    const body = `<main id="main" class="step not-found">${sections.join('')}</main>`;
    return htmlDocument({ template, path: '/', lang: first, head, body, withoutScripts: true });
  }

  /** What the service worker answers for a page it has not seen, offline: the app renders it. */
  function shellDocument(): string {
    const t = i18n.getFixedT('en', 'common');
    return template.replace('<!--app-head-->', `<title>${escapeHtml(t('site.name'))}</title>`).replace('<!--app-html-->', '');
  }
}

/** The build's identity: a hash of the app's files, so that the worker and the pages can tell builds apart. */
function hashFiles(files: string[], read: (file: string) => string): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(read(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The icon goes into each page as a data: URL: a file would be asked for again after every client-side
 * navigation (Chromium re-reads the icon link), a request the wizard should not make between steps.
 */
function withIcon(template: string): string {
  const svg = readFileSync(join(import.meta.dirname, '../app/favicon.svg'), 'utf8').trim();
  const href = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  return template.replace('<!--app-head-->', `<link rel="icon" href="${href}" type="image/svg+xml" />\n    <!--app-head-->`);
}

/** The Content-Security-Policy (allowing the inlined stylesheet by its hash) and the build id, first in <head>. */
function withPolicy(template: string, buildId: string): string {
  const styles = [...template.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => hashSource(match[1]!));
  const meta = [
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(styles, [hashSource(DEFERRED_BOOT)])}" />`,
    `<meta name="fix502-build" content="${buildId}" />`,
  ].join('\n    ');
  return template.replace('<meta charset="utf-8" />', () => `<meta charset="utf-8" />\n    ${meta}`);
}

prerender().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
