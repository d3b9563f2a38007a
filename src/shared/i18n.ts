import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import { createContext, use, useContext } from 'react';
import type { Namespace } from '@/site/namespaces';
import type { Language } from '@/tree/languages';
import { fulfilled, track, type TrackedPromise } from './tracked-promise';

/**
 * One i18next instance per app, for the interface's words (the steps' words are in step-texts.ts).
 * A missing key throws instead of showing the key or another language: the types keep the keys right,
 * so a throw here is a bug to see, not a page to ship half-translated.
 */
export async function createI18n(resources: Resource = {}): Promise<I18n> {
  const i18n = createInstance();
  await i18n.init({
    resources,
    partialBundledLanguages: true,
    ns: ['common'],
    defaultNS: 'common',
    fallbackLng: false,
    lng: undefined,
    interpolation: { escapeValue: false },
    parseMissingKeyHandler(key: string) {
      throw new Error(`Missing message for key "${key}"`);
    },
  });
  return i18n;
}

/**
 * The app's i18next instance. The language comes from the URL and each page waits for its texts,
 * so the app needs no more from a binding than the instance itself, where react-i18next would add
 * 3 KB to every first view.
 */
export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an <I18nContext> above it');
  return i18n;
}

// One lazy chunk per language and namespace: a page downloads only its own language. Each file is
// named, so that no other locale file is built into a chunk.
const FILES: Record<Namespace, (lang: Language) => Promise<{ default: object }>> = {
  common: (lang) => import(`../../locales/${lang}/common.json`),
  diagnose: (lang) => import(`../../locales/${lang}/diagnose.json`),
  request: (lang) => import(`../../locales/${lang}/request.json`),
};
const arriving = new Map<string, TrackedPromise<object>>();

/** One namespace's file, imported once; a failed import is tried again when next asked. */
function importNamespace(lang: Language, ns: Namespace): TrackedPromise<object> {
  const key = `${lang}/${ns}`;
  let file = arriving.get(key);
  if (!file) {
    file = track(FILES[ns](lang).then((module) => module.default));
    file.catch(() => arriving.delete(key));
    arriving.set(key, file);
  }
  return file;
}

/**
 * Adds these namespaces of `lang` to the instance, downloading those it lacks; fulfilled at once
 * when none is missing, so that a navigation can tell it need not wait.
 */
export function loadNamespaces(i18n: I18n, lang: Language, namespaces: readonly Namespace[]): TrackedPromise<unknown> {
  const missing = namespaces.filter((ns) => !i18n.hasResourceBundle(lang, ns));
  for (const ns of missing) {
    const file = importNamespace(lang, ns);
    if (file.status === 'fulfilled') i18n.addResourceBundle(lang, ns, file.value);
  }
  const waiting = missing.filter((ns) => !i18n.hasResourceBundle(lang, ns));
  if (waiting.length === 0) return fulfilled(undefined);
  return track(Promise.all(waiting.map(async (ns) => i18n.addResourceBundle(lang, ns, await importNamespace(lang, ns)))));
}

/** Suspends the component until these namespaces of `lang` are loaded (a <Suspense> above it waits). */
export function useNamespaces(lang: Language, namespaces: readonly Namespace[]): void {
  const i18n = useI18n();
  for (const ns of namespaces) {
    if (i18n.hasResourceBundle(lang, ns)) continue;
    // Added while rendering: the file is the same whichever render adds it, and nothing else reads it.
    i18n.addResourceBundle(lang, ns, use(importNamespace(lang, ns) as Promise<object>));
  }
}
