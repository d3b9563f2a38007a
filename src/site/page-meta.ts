import type { i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../tree/languages';
import type { Side } from '../tree/graph';
import { paths, switchLanguage } from './paths';
import { stepPath } from './content';
import { nodeText } from '../shared/i18n';

/** What goes into a page's <head>: the same for the prerender and for client-side navigation. */
export interface PageMeta {
  lang: Language;
  title: string;
  description: string;
  /** From the site root, e.g. "/ru/flush-dns/macos/". */
  path: string;
  alternates: { lang: Language; path: string }[];
}

export function stepMeta(i18n: I18n, lang: Language, nodeId: string, variant: string | null): PageMeta {
  const t = i18n.getFixedT(lang, 'common');
  const text = nodeText(i18n, lang, nodeId);
  const path = stepPath(lang, nodeId, variant);
  const title = variant
    ? t('site.titleWithPlatform', { title: text.title, platform: t(`platform.names.${variant}` as 'platform.names.windows') })
    : t('site.titleTemplate', { title: text.title });
  return {
    lang,
    title,
    description: text.summary,
    path,
    alternates: LANGUAGES.map((other) => ({ lang: other, path: switchLanguage(path, other) })),
  };
}

export function notFoundMeta(i18n: I18n, lang: Language, path: string): PageMeta {
  const t = i18n.getFixedT(lang, 'common');
  return {
    lang,
    title: t('site.titleTemplate', { title: t('notFound.title') }),
    description: t('notFound.body'),
    path,
    alternates: [],
  };
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

export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}

export function checklistMeta(i18n: I18n, lang: Language, side: Side): PageMeta & { heading: string } {
  const t = i18n.getFixedT(lang, 'common');
  const path = paths.checklist(lang, side);
  return {
    lang,
    heading: t(`checklist.${side}.title`),
    title: t('site.titleTemplate', { title: t(`checklist.${side}.title`) }),
    description: t(`checklist.${side}.summary`),
    path,
    alternates: LANGUAGES.map((other) => ({ lang: other, path: switchLanguage(path, other) })),
  };
}
