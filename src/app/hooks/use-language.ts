import { useTranslation } from 'react-i18next';
import { useParams, useRouteLoaderData } from 'react-router';
import { isLanguage, type Language } from '../../tree/languages';
import type { NodeText } from '../../tree/types';
import { nodeText } from '../i18n';
import type { LanguageData } from '../routes';

/** The page's language: from the URL's first segment, English where the URL has none we know. */
export function useLanguage(): Language {
  const data = useRouteLoaderData('lang') as LanguageData | undefined;
  const { lang } = useParams();
  return data?.lang ?? (isLanguage(lang) ? lang : 'en');
}

/** t() for the interface texts, fixed to the page's language rather than a global one. */
export function useCommonText() {
  const lang = useLanguage();
  return useTranslation('common', { lng: lang }).t;
}

export function useNodeText(): (id: string) => NodeText {
  const lang = useLanguage();
  const { i18n } = useTranslation();
  return (id) => nodeText(i18n, lang, id);
}
