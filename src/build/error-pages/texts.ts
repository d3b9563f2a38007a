// The words of the error pages: locales/{en,ru}/error-page.json, typed from the English file.
import type en from '../../../locales/en/error-page.json';
import { LANGUAGES, type Language } from '@/tree/languages';
import { readLocaleFile } from '@/build/read-locales';

export const ERROR_PAGE_NAMESPACE = 'error-page';

export type ErrorPageTexts = typeof en;

export function readErrorPageTexts(dir?: string): Record<Language, ErrorPageTexts> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, readLocaleFile(lang, ERROR_PAGE_NAMESPACE, dir)])) as Record<Language, ErrorPageTexts>;
}
