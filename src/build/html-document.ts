import type { PageMeta } from '@/site/page-meta';
import { absoluteUrl } from '@/site/page-meta';
import { relativeHref } from '@/site/paths';
import { EMBEDDED_TEXTS } from '@/site/text-files';

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The <head> lines of a page: title, description, canonical and hreflang alternates. */
export function headTags(meta: Omit<PageMeta, 'lang'>, siteUrl: string): string {
  const lines = [
    `<title>${escapeHtml(meta.title)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<link rel="canonical" href="${absoluteUrl(siteUrl, meta.path)}" />`,
  ];
  if (meta.alternates.length > 0) {
    for (const { lang, path } of meta.alternates) {
      lines.push(`<link rel="alternate" hreflang="${lang}" href="${absoluteUrl(siteUrl, path)}" />`);
    }
    lines.push(`<link rel="alternate" hreflang="x-default" href="${siteUrl}" />`);
  }
  return lines.join('\n    ');
}

export interface DocumentParts {
  /** dist/index.html as Vite wrote it, with asset URLs relative to the site root ("./assets/…"). */
  template: string;
  path: string;
  lang: string;
  /** The files of step texts the page needs (src/tree/text-parts.ts), for the boot script to fetch early. */
  texts?: readonly string[];
  /**
   * A file of step texts written into the page instead (a step's own, as JSON): it compresses with
   * the page's words, which it repeats, and needs no request of its own.
   */
  embeddedTexts?: { stem: string; json: string };
  head: string;
  body: string;
  /** Leave out the scripts: for pages that must work where assets cannot be found (404.html). */
  withoutScripts?: boolean;
}

/**
 * Fills the template for the page at `path`. The template's own URLs ("./assets/…", "./favicon.svg")
 * are re-pointed first, so that they resolve from that page's folder; the page's body, whose links
 * are already relative to it, is put in after.
 */
export function htmlDocument({ template, path, lang, texts = [], embeddedTexts, head, body, withoutScripts }: DocumentParts): string {
  const toRoot = relativeHref(path, '/');
  const dataTexts = texts.length > 0 ? ` data-texts="${texts.join(' ')}"` : '';
  let html = template.replace('<html lang="en">', `<html lang="${lang}"${dataTexts}>`).replaceAll('="./', `="${toRoot}`);
  if (withoutScripts) {
    html = html.replace(/\s*<script[^>]*>[^<]*<\/script>/g, '').replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  }
  const data = embeddedTexts && !withoutScripts ? embeddedTextsBlock(embeddedTexts.stem, embeddedTexts.json) : '';
  return html.replace('<!--app-head-->', () => head).replace('<!--app-html--></div>', () => `${body}</div>${data}`);
}

/**
 * A JSON data block: the browser never runs it (the Content-Security-Policy governs scripts that
 * run), and "<" is escaped so that no text in it can end the element.
 */
function embeddedTextsBlock(stem: string, json: string): string {
  const safe = JSON.stringify(JSON.parse(json)).replaceAll('<', '\\u003c');
  return `\n    <script type="application/json" id="${EMBEDDED_TEXTS}" data-texts="${escapeHtml(stem)}">${safe}</script>`;
}

/** Puts the stylesheets into the page, in this order: the first view needs no request to look right. */
export function inlineStylesheets(template: string, stylesheets: readonly string[]): string {
  return template.replace('<!--app-head-->', () => `${stylesheets.map((css) => `<style>${css}</style>`).join('')}\n    <!--app-head-->`);
}
