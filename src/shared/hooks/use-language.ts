import { useParams } from 'react-router';
import { useI18n } from '@/shared/i18n';
import { isLanguage, type Language } from '@/tree/languages';

/** The page's language: from the URL's first segment, English where the URL has none we know. */
export function useLanguage(): Language {
  const { lang } = useParams();
  return isLanguage(lang) ? lang : 'en';
}

/** t() for the interface texts, fixed to the page's language rather than a global one. */
export function useCommonText() {
  const lang = useLanguage();
  return useI18n().getFixedT(lang, 'common');
}
