import type { i18n as I18n } from 'i18next';
import { loadNamespaces } from '@/shared/i18n';
import type { PageTexts } from '@/shared/page-route';
import { loadStepTexts, stepText } from '@/shared/step-texts';
import { tree } from '@/site/content';
import type { Language } from '@/tree/languages';
import type { NodeText } from '@/tree/types';

/** The request page's texts: its own words, the causes a diagnosis names, and any step, of either side, a path may hold. */
export const REQUEST_TEXTS = { namespaces: ['request', 'diagnose'], nodes: tree.nodes.map((node) => node.id) } satisfies PageTexts;

/** Whether the letter can be written in `lang` now (the page's language always can; the other once loaded). */
export const requestTextsReady = (i18n: I18n, lang: Language): boolean =>
  REQUEST_TEXTS.namespaces.every((ns) => i18n.hasResourceBundle(lang, ns)) && REQUEST_TEXTS.nodes.every((id) => stepText(lang, id));

export async function loadRequestTexts(i18n: I18n, lang: Language): Promise<void> {
  await Promise.all([loadNamespaces(i18n, lang, REQUEST_TEXTS.namespaces), loadStepTexts(lang, REQUEST_TEXTS.nodes)]);
}

/** A node's words in `lang`, once requestTextsReady says so. */
export function nodeTextIn(lang: Language, id: string): NodeText {
  const found = stepText(lang, id);
  if (!found) throw new Error(`Missing message for key "nodes.${id}" (${lang})`);
  return found.text;
}
