import { absoluteUrl } from '@/site/page-meta';
import { LANGUAGES } from '@/tree/languages';
import { switchLanguage } from '@/site/paths';
import { escapeHtml } from './html-document';

/** sitemap.xml: every page in every language, each with its hreflang alternates. */
export function sitemapXml(paths: string[], siteUrl: string): string {
  const entries = paths.map((path) => {
    const alternates = LANGUAGES.map(
      (lang) => `    <xhtml:link rel="alternate" hreflang="${lang}" href="${escapeHtml(absoluteUrl(siteUrl, switchLanguage(path, lang)))}"/>`,
    );
    return [`  <url>`, `    <loc>${escapeHtml(absoluteUrl(siteUrl, path))}</loc>`, ...alternates, `  </url>`].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap.xml\n`;
}
