import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import type { Language } from '../tree/languages';
import type { TextPart } from '../tree/text-parts';
import type { NodeText, TreeLocale } from '../tree/types';
import type { TextNeeds } from './text-loader-context';

/** Every page needs these; they load with the language. */
export const NAMESPACES = ['common'] as const;
/** Texts of one page each, loaded by that page's route so that the steps do not download them. */
export const PAGE_NAMESPACES = ['diagnose', 'request'] as const;
/** The step texts: in the browser they arrive in parts (loadTreeParts), never as one file. */
export const TREE_NAMESPACE = 'tree';
export const ALL_NAMESPACES = [...NAMESPACES, TREE_NAMESPACE, ...PAGE_NAMESPACES] as const;
export type Namespace = (typeof ALL_NAMESPACES)[number];
export type PageNamespace = (typeof PAGE_NAMESPACES)[number];

/** Fetches one namespace of one language; the browser imports a lazy chunk, the prerender reads the file. */
export type LoadNamespace = (lang: Language, ns: Namespace) => Promise<object>;

/**
 * One i18next instance per app. A missing key throws instead of showing the key or another
 * language: validateTree keeps the tree's texts complete and the types keep common's keys right,
 * so a throw here is a bug to see, not a page to ship half-translated.
 */
export async function createI18n(load: LoadNamespace, resources: Resource = {}): Promise<I18n> {
  const i18n = createInstance();
  i18n.use({
    type: 'backend',
    init() {},
    read(lang: Language, ns: Namespace, done: (error: unknown, data?: object) => void) {
      load(lang, ns).then((data) => done(null, data), (error) => done(error));
    },
  });
  await i18n.init({
    resources,
    partialBundledLanguages: true,
    ns: [...NAMESPACES],
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

/** The texts every page of a language needs, plus those of the pages named. */
export async function loadLanguage(i18n: I18n, lang: Language, pages: readonly PageNamespace[] = []): Promise<void> {
  const namespaces = [...NAMESPACES, ...pages];
  await i18n.loadLanguages(lang);
  // A page's namespace is fetched for this language alone (loadNamespaces would use the global one).
  await Promise.all(namespaces.filter((ns) => !i18n.hasResourceBundle(lang, ns)).map((ns) => i18n.reloadResources([lang], [ns])));
  for (const ns of namespaces) {
    if (!i18n.hasResourceBundle(lang, ns)) throw new Error(`Could not load the ${lang} texts (${ns})`);
  }
}

const loadedParts = new WeakMap<I18n, Set<string>>();

/** Adds parts of the step texts to the language's "tree" namespace, each part once. */
export async function loadTreeParts(
  i18n: I18n,
  lang: Language,
  parts: readonly TextPart[],
  load: (lang: Language, part: TextPart) => Promise<TreeLocale>,
): Promise<void> {
  const loaded = loadedParts.get(i18n) ?? new Set<string>();
  loadedParts.set(i18n, loaded);
  await Promise.all(
    parts
      .filter((part) => !loaded.has(`${lang}/${part}`))
      .map(async (part) => {
        i18n.addResourceBundle(lang, TREE_NAMESPACE, await load(lang, part), true, true);
        loaded.add(`${lang}/${part}`);
      }),
  );
}

/** Whether every text of `needs` (and the interface's) is loaded for `lang` already. */
export function hasTexts(i18n: I18n, lang: Language, { pages = [], parts = [] }: TextNeeds): boolean {
  const loaded = loadedParts.get(i18n);
  return (
    [...NAMESPACES, ...pages].every((ns) => i18n.hasResourceBundle(lang, ns)) &&
    parts.every((part) => loaded?.has(`${lang}/${part}`))
  );
}

/** The prose of a node; tree keys are dynamic, so they are read from the bundle rather than through typed t(). */
export function nodeText(i18n: I18n, lang: Language, id: string): NodeText {
  const bundle = i18n.getResourceBundle(lang, 'tree') as TreeLocale | undefined;
  const text = bundle?.nodes[id];
  if (!text) throw new Error(`Missing message for key "nodes.${id}" (${lang})`);
  return text;
}
