// A step's words and commands, all from here: one map from file of step texts to its promise. A step's
// page brings its own file as a JSON data block (seeded from the page), the rest of a language's steps
// are fetched by part; the prerender and the tests hand every file over at once. The tree is never
// written to: its commands live in these files, beside the words.
import { nodeIndex, textParts } from '@/site/content';
import { EMBEDDED_TEXTS, isTextFileStem, partFilesOf, type StepText, type StepTextFile, type TextFileStem } from '@/site/text-files';
import type { Language } from '@/tree/languages';
import { nodesForStep } from '@/tree/text-parts';
import { siteRoot } from './site-root';
import { fulfilled, track, trackAll, type TrackedPromise } from './tracked-promise';

const files = new Map<string, TrackedPromise<StepTextFile>>();
const keyOf = (lang: Language, stem: TextFileStem) => `${lang}/${stem}`;

/** A file that is here already: the page's data block, or every file in the prerender and the tests. */
export function provideStepTexts(lang: Language, stem: TextFileStem, file: StepTextFile): void {
  files.set(keyOf(lang, stem), fulfilled(file));
}

/** Seeds the map with the file a step's page holds (src/build/html-document.ts writes it). */
export function provideFromPage(lang: Language): void {
  const block = document.getElementById(EMBEDDED_TEXTS);
  const stem = block?.dataset.texts ?? '';
  if (block && isTextFileStem(stem)) provideStepTexts(lang, stem, JSON.parse(block.textContent ?? ''));
}

/** Fetches one file, once; a failed fetch is tried again when next asked. */
export function fetchStepTexts(lang: Language, stem: TextFileStem): TrackedPromise<StepTextFile> {
  const key = keyOf(lang, stem);
  let file = files.get(key);
  if (!file) {
    const url = `${siteRoot()}${import.meta.env.VITE_TEXTS_DIR}${key}.json`;
    file = track(
      fetch(url).then((response) => {
        if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
        return response.json() as Promise<StepTextFile>;
      }),
    );
    file.catch(() => files.delete(key));
    files.set(key, file);
  }
  return file;
}

/** A node's words and commands, if a file that holds them is here. */
export function stepText(lang: Language, id: string): StepText | undefined {
  for (const [key, file] of files) {
    const text = key.startsWith(`${lang}/`) ? file.value?.nodes[id] : undefined;
    if (text) return { text, commands: file.value!.commands[id] ?? {} };
  }
  return undefined;
}

/** The part files that hold what is not here yet of these nodes. */
const missingFiles = (lang: Language, ids: readonly string[]) => partFilesOf(ids.filter((id) => nodeIndex.has(id) && !stepText(lang, id)), textParts);

/**
 * Settles once every one of these nodes' texts is here (what the browser entry waits for before
 * hydrating), and is fulfilled at once when they are here already.
 */
export function loadStepTexts(lang: Language, ids: readonly string[]): TrackedPromise<unknown> {
  return trackAll(missingFiles(lang, ids).map((stem) => fetchStepTexts(lang, stem)));
}

/** Starts fetching the texts of the steps one answer on from `step`, so that moving there waits for nothing. */
export function prefetchStepsAfter(lang: Language, step: string): void {
  loadStepTexts(lang, nodesForStep(nodeIndex, step)).catch(() => {}); // the page that needs them reports it
}

/**
 * Suspends the component until these nodes' texts are here (a <Suspense> above it waits), then gives
 * the lookup. Throwing the promise is what React's `use` does; without it this module needs no React,
 * so that the boot script can seed and fetch before the framework arrives.
 */
export function useStepTexts(lang: Language, ids: readonly string[] = []): (id: string) => StepText {
  for (const stem of missingFiles(lang, ids)) {
    const file = fetchStepTexts(lang, stem);
    if (file.status === 'rejected') throw file.reason;
    if (file.status !== 'fulfilled') throw file;
  }
  return (id) => {
    const found = stepText(lang, id);
    if (found) return found;
    // A node the component did not name: its part, as above.
    const file = nodeIndex.has(id) ? fetchStepTexts(lang, partFilesOf([id], textParts)[0]!) : null;
    if (file?.status === 'rejected') throw file.reason;
    if (!file || file.status === 'fulfilled') throw new Error(`Missing message for key "nodes.${id}" (${lang})`);
    throw file;
  };
}
