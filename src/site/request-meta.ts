import type { i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../tree/languages';
import { paths, switchLanguage } from './paths';
import type { PageMeta } from './page-meta';
import { requestText } from './request-text';

export function requestMeta(i18n: I18n, lang: Language): PageMeta {
  const t = i18n.getFixedT(lang, 'common');
  const text = requestText(i18n, lang);
  const path = paths.request(lang);
  return {
    lang,
    title: t('site.titleTemplate', { title: text.page.title }),
    description: text.page.summary,
    path,
    alternates: LANGUAGES.map((other) => ({ lang: other, path: switchLanguage(path, other) })),
  };
}
