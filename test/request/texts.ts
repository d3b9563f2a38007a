// The request texts as the app reads them, for the unit tests.
import { readLocaleFile } from '@/build/read-locales';
import type { RequestText } from '@/site/request-text';

export const requestTexts = {
  en: readLocaleFile('en', 'request') as RequestText,
  ru: readLocaleFile('ru', 'request') as RequestText,
};
