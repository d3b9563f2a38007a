import { useI18n } from '../i18n-context';
import { useParams } from 'react-router';
import { isLanguage, type Language } from '../../tree/languages';
import type { NodeText } from '../../tree/types';
import { nodeText } from '../i18n';

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

export function useNodeText(): (id: string) => NodeText {
  const lang = useLanguage();
  const i18n = useI18n();
  return (id) => nodeText(i18n, lang, id);
}
