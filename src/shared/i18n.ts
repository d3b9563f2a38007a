import { createInstance, type i18n as I18n, type Resource } from 'i18next';
import type { Language } from '../tree/languages';
import { partTextFile, stepTextFile, type TextFileStem, type TextPart } from '../tree/text-parts';
import type { StepTextFile } from '../tree/commands';
import type { NodeText, TreeLocale } from '../tree/types';
import type { TextNeeds } from './text-loader-context';

/** Every page needs these; they load with the language. */
export const NAMESPACES = ['common'] as const;
/** Texts of one page each, loaded by that page's route so that the steps do not download them. */
export const PAGE_NAMESPACES = ['diagnose', 'request'] as const;
/** The step texts: in the browser they arrive in a step's own file or by part (loadTreeTexts), never whole. */
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
const partsOf = (i18n: I18n) => loadedParts.get(i18n) ?? loadedParts.set(i18n, new Set()).get(i18n)!;

const hasNode = (i18n: I18n, lang: Language, id: string) =>
  Boolean((i18n.getResourceBundle(lang, TREE_NAMESPACE) as TreeLocale | undefined)?.nodes[id]);

/** Where the step texts come from: one file each, which nodes a step's file holds, where commands go. */
export interface TreeTextSource {
  fetchFile(lang: Language, stem: TextFileStem): Promise<StepTextFile>;
  /** Whether the page holds this file already: a step's file is only ever in its own page. */
  hasFile(lang: Language, stem: TextFileStem): boolean;
  /** The part whose file holds a node's texts. */
  partOf(id: string): TextPart;
  nodesOfStep(id: string): string[];
  restoreCommands(commands: StepTextFile['commands']): void;
}

/** Adds step texts to the language's "tree" namespace, fetching only files with texts still missing. */
export async function loadTreeTexts(i18n: I18n, lang: Language, needs: TextNeeds, source: TreeTextSource): Promise<void> {
  const loaded = partsOf(i18n);
  const missing = (id: string) => !hasNode(i18n, lang, id);
  // A step's texts come from the file its page holds; any other missing node (a step moved to, the
  // offline shell) with its whole part, so that the next moves on that side need nothing more.
  const near = needs.step ? source.nodesOfStep(needs.step) : [];
  const stepFile = needs.step ? stepTextFile(needs.step) : null;
  const useStepFile = stepFile !== null && source.hasFile(lang, stepFile) && near.some(missing);
  const coming = new Set(useStepFile ? near : []);
  const stillMissing = [...(needs.nodes ?? []), ...near].filter((id) => missing(id) && !coming.has(id));
  const parts = [...new Set([...(needs.parts ?? []), ...stillMissing.map(source.partOf)])].filter((part) => !loaded.has(`${lang}/${part}`));
  const files = [...(useStepFile ? [stepFile] : []), ...parts.map(partTextFile)];
  await Promise.all(
    files.map(async (stem) => {
      const { nodes, commands } = await source.fetchFile(lang, stem);
      // Commands first: a node whose words are here has its commands too.
      source.restoreCommands(commands);
      i18n.addResourceBundle(lang, TREE_NAMESPACE, { nodes }, true, true);
    }),
  );
  for (const part of parts) loaded.add(`${lang}/${part}`);
}

/** Whether every text of `needs` (and the interface's) is loaded for `lang` already. */
export function hasTexts(i18n: I18n, lang: Language, needs: TextNeeds, nodesOfStep: (id: string) => string[]): boolean {
  const loaded = partsOf(i18n);
  const nodes = [...(needs.nodes ?? []), ...(needs.step ? nodesOfStep(needs.step) : [])];
  return (
    [...NAMESPACES, ...(needs.pages ?? [])].every((ns) => i18n.hasResourceBundle(lang, ns)) &&
    (needs.parts ?? []).every((part) => loaded.has(`${lang}/${part}`)) &&
    nodes.every((id) => hasNode(i18n, lang, id))
  );
}

/** The prose of a node; tree keys are dynamic, so they are read from the bundle rather than through typed t(). */
export function nodeText(i18n: I18n, lang: Language, id: string): NodeText {
  const bundle = i18n.getResourceBundle(lang, 'tree') as TreeLocale | undefined;
  const text = bundle?.nodes[id];
  if (!text) throw new Error(`Missing message for key "nodes.${id}" (${lang})`);
  return text;
}
