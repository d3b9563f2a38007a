import type { i18n as I18n } from 'i18next';
import type { Language } from '@/tree/languages';

type CommonT = ReturnType<I18n['getFixedT']>;
const commonTexts = new WeakMap<I18n, Map<Language, CommonT>>();

/**
 * t() for the interface texts of a language, remembering each text once made: i18next builds its
 * options and resolves the key anew on every call (a few hundred µs each on a phone), and a step's
 * render asks for dozens of texts that never change once the language is loaded.
 */
export function commonText(i18n: I18n, lang: Language): CommonT {
  const byLanguage = commonTexts.get(i18n) ?? commonTexts.set(i18n, new Map()).get(i18n)!;
  const known = byLanguage.get(lang);
  if (known) return known;
  const fixed = i18n.getFixedT(lang, 'common') as (key: string, options?: object) => unknown;
  const made = new Map<string, unknown>();
  const t = (key: string, options?: object) => {
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    if (!made.has(id)) made.set(id, fixed(key, options));
    return made.get(id);
  };
  const memo = t as unknown as CommonT;
  // Kept only once the language's texts are in: until then a call throws (a missing key) and the
  // next render must ask i18next again.
  if (i18n.hasResourceBundle(lang, 'common')) byLanguage.set(lang, memo);
  return memo;
}
