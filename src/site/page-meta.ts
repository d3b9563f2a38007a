// What goes into each page's <head>: the same for the prerender and for client-side navigation.
import type { i18n as I18n } from 'i18next';
import type { Side } from '@/tree/graph';
import { LANGUAGES, type Language } from '@/tree/languages';
import type { NodeText } from '@/tree/types';
import { paths, stepPath, switchLanguage } from './paths';
import { requestText } from './request-text';

export interface PageMeta {
  lang: Language;
  title: string;
  description: string;
  /** From the site root, e.g. "/ru/flush-dns/macos/". */
  path: string;
  alternates: { lang: Language; path: string }[];
}

const inEveryLanguage = (path: string) => LANGUAGES.map((other) => ({ lang: other, path: switchLanguage(path, other) }));

function pageMeta(i18n: I18n, lang: Language, title: string, description: string, path: string): PageMeta {
  const t = i18n.getFixedT(lang, 'common');
  return { lang, title: t('site.titleTemplate', { title }), description, path, alternates: inEveryLanguage(path) };
}

export function stepMeta(i18n: I18n, lang: Language, text: NodeText, nodeId: string, variant: string | null): PageMeta {
  const t = i18n.getFixedT(lang, 'common');
  const path = stepPath(lang, nodeId, variant);
  if (!variant) return pageMeta(i18n, lang, text.title, text.summary, path);
  const title = t('site.titleWithPlatform', { title: text.title, platform: t(`platform.names.${variant}` as 'platform.names.windows') });
  return { lang, title, description: text.summary, path, alternates: inEveryLanguage(path) };
}

export function notFoundMeta(i18n: I18n, lang: Language, path: string): PageMeta {
  const t = i18n.getFixedT(lang, 'common');
  return { ...pageMeta(i18n, lang, t('notFound.title'), t('notFound.body'), path), alternates: [] };
}

export function checklistMeta(i18n: I18n, lang: Language, side: Side): PageMeta & { heading: string } {
  const t = i18n.getFixedT(lang, 'common');
  const heading = t(`checklist.${side}.title`);
  return { ...pageMeta(i18n, lang, heading, t(`checklist.${side}.summary`), paths.checklist(lang, side)), heading };
}

export function diagnoseMeta(i18n: I18n, lang: Language): PageMeta {
  // The diagnose namespace is not typed into i18next (only common is): its keys are read as strings.
  const t = (i18n.getFixedT.bind(i18n) as unknown as (lng: string, ns: string) => (key: string) => string)(lang, 'diagnose');
  return pageMeta(i18n, lang, t('meta.title'), t('meta.description'), paths.diagnose(lang));
}

export function requestMeta(i18n: I18n, lang: Language): PageMeta {
  const { page } = requestText(i18n, lang);
  return pageMeta(i18n, lang, page.title, page.summary, paths.request(lang));
}

export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}

/** Keeps <head> in step after a client-side navigation; the prerender writes it for the first view. */
export function applyMeta(meta: PageMeta, siteUrl: string): void {
  document.title = meta.title;
  document.documentElement.lang = meta.lang;
  document.querySelector('meta[name="description"]')?.setAttribute('content', meta.description);
  document.querySelector('link[rel="canonical"]')?.setAttribute('href', absoluteUrl(siteUrl, meta.path));
  for (const { lang, path } of meta.alternates) {
    document.querySelector(`link[rel="alternate"][hreflang="${lang}"]`)?.setAttribute('href', absoluteUrl(siteUrl, path));
  }
}
