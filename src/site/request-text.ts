// The "request" namespace, read whole: its letter section is handed to the pure composer, and its
// keys are typed from the English file. A missing bundle throws, as every missing text does here.
import type { i18n as I18n } from 'i18next';
import type requestEn from '../../locales/en/request.json';
import type { Language } from '@/tree/languages';

export type RequestText = typeof requestEn;

export const REQUEST_NAMESPACE = 'request';

export function requestText(i18n: I18n, lang: Language): RequestText {
  const bundle = i18n.getResourceBundle(lang, REQUEST_NAMESPACE) as RequestText | undefined;
  if (!bundle) throw new Error(`Missing message for key "${REQUEST_NAMESPACE}" (${lang})`);
  return bundle;
}
