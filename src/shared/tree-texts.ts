// The browser's way to the step texts: JSON files written by the build (src/build/tree-text-files.ts).
import { TEXTS_DIR } from 'virtual:tree-text-files';
import type { Language } from '../tree/languages';
import type { TextFileStem } from '../tree/text-parts';
import type { StepTextFile } from '../tree/commands';
import { siteRoot } from './site-root';

const started = new Map<string, Promise<StepTextFile>>();

const urlOf = (lang: Language, stem: TextFileStem) => `${siteRoot}${TEXTS_DIR}${lang}/${stem}.json`;

/** A file of step texts the page holds already (a step's own, see src/build/html-document.ts). */
export function provideTreeTexts(lang: Language, stem: TextFileStem, texts: StepTextFile): void {
  started.set(urlOf(lang, stem), Promise.resolve(texts));
}

/** Whether a file of step texts is here or on its way. */
export const hasTreeTexts = (lang: Language, stem: TextFileStem): boolean => started.has(urlOf(lang, stem));

/**
 * Fetches one file of step texts, once: the boot script starts the page's files before the app
 * arrives, and the app then finds them under way. A failed fetch is tried again when next asked.
 */
export function fetchTreeTexts(lang: Language, stem: TextFileStem): Promise<StepTextFile> {
  const url = urlOf(lang, stem);
  let texts = started.get(url);
  if (!texts) {
    texts = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
      return response.json() as Promise<StepTextFile>;
    });
    texts.catch(() => started.delete(url));
    started.set(url, texts);
  }
  return texts;
}
