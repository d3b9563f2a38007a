import type { i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../tree/languages';
import { paths, switchLanguage } from './paths';
import type { PageMeta } from './page-meta';

export function diagnoseMeta(i18n: I18n, lang: Language): PageMeta {
  const fixed = i18n.getFixedT.bind(i18n) as unknown as (lng: string, ns: string) => (key: string, options?: object) => string;
  const t = fixed(lang, 'diagnose');
  const common = fixed(lang, 'common');
  const path = paths.diagnose(lang);
  return {
    lang,
    title: common('site.titleTemplate', { title: t('meta.title') }),
    description: t('meta.description'),
    path,
    alternates: LANGUAGES.map((other) => ({ lang: other, path: switchLanguage(path, other) })),
  };
}
