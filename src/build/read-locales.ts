import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource } from 'i18next';
import { NAMESPACES } from '@/site/namespaces';
import { LANGUAGES, type Language } from '@/tree/languages';
import type { TreeLocale } from '@/tree/types';

const LOCALES_DIR = join(import.meta.dirname, '../../locales');

export function readLocaleFile(lang: Language, ns: string, dir = LOCALES_DIR): object {
  const file = join(dir, lang, `${ns}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as object;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

/** The interface's namespaces of every language, for the prerender's i18next. */
export function readAllLocales(dir = LOCALES_DIR): Resource {
  return Object.fromEntries(
    LANGUAGES.map((lang) => [lang, Object.fromEntries(NAMESPACES.map((ns) => [ns, readLocaleFile(lang, ns, dir)]))]),
  ) as Resource;
}

/** The steps' words of every language (locales/{lang}/tree.json). */
export function readTreeLocales(dir = LOCALES_DIR): Record<Language, TreeLocale> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, readLocaleFile(lang, 'tree', dir)])) as Record<Language, TreeLocale>;
}
