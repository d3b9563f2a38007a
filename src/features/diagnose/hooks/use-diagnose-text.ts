import { useI18n } from '@/shared/i18n';
import type diagnose from '../../../../locales/en/diagnose.json';
import { useLanguage } from '@/shared/hooks/use-language';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPlural<K> = K extends `${infer Base}_${'one' | 'few' | 'many' | 'other'}` ? Base : K;

/** A key of the diagnose namespace, typed from the English file (plural forms by their base key). */
export type DiagnoseKey = WithoutPlural<Leaves<typeof diagnose>>;
export type DiagnoseText = (key: DiagnoseKey, options?: Record<string, unknown>) => string;

/**
 * t() for the diagnosis page's texts (namespace "diagnose"), fixed to the page's language. A
 * missing key throws (see createI18n), so a half-translated page is a bug to see.
 */
export function useDiagnoseText(): DiagnoseText {
  const lang = useLanguage();
  const i18n = useI18n();
  const getFixedT = i18n.getFixedT.bind(i18n) as unknown as (lng: string, ns: string) => DiagnoseText;
  return getFixedT(lang, 'diagnose');
}
