import type { i18n as I18n } from 'i18next';
import { createContext, useContext } from 'react';

/**
 * The app's i18next instance. The language comes from the URL and each page waits for its texts
 * (useTexts), so the app needs no more from a binding than the instance itself: this context is the
 * whole of it, where react-i18next would add 3 KB to every first view.
 */
export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nContext> above it');
  return i18n;
}
