import { createContext, use, useContext, useEffect } from 'react';
import type { Language } from '../tree/languages';
import type { TextPart } from '../tree/text-parts';
import type { PageNamespace } from './i18n';
import { fulfilled, track, type TrackedPromise } from './tracked-promise';

/** Texts a page needs beyond the interface's: a page of its own, step texts by part, step or node. */
export interface TextNeeds {
  pages?: readonly PageNamespace[];
  parts?: readonly TextPart[];
  /** A step and the steps one answer on (nodesForStep): from the file its page holds, or by part. */
  step?: string;
  nodes?: readonly string[];
}

/**
 * Makes texts available. The same needs give the same promise, and a settled one says so
 * (TrackedPromise), so that a page whose texts are loaded renders at once instead of suspending.
 */
export type TextLoader = (lang: Language, needs?: TextNeeds) => Promise<void>;

const keyOf = (lang: Language, { pages = [], parts = [], step = '', nodes = [] }: TextNeeds) =>
  [lang, step, ...[pages, parts, nodes].map((list) => [...list].sort().join())].join('|');

type Load = (lang: Language, needs: TextNeeds) => Promise<void>;

/**
 * Wraps a loader so that each set of needs is loaded once, and needs that `isLoaded` already
 * (loaded with other needs) settle at once; a failed load is tried again next time.
 */
export function memoizeTextLoader(load: Load, isLoaded: (lang: Language, needs: TextNeeds) => boolean): TextLoader {
  const started = new Map<string, TrackedPromise<void>>();
  return (lang, needs = {}) => {
    const key = keyOf(lang, needs);
    if (!started.has(key) && isLoaded(lang, needs)) started.set(key, fulfilled(undefined));
    let promise = started.get(key);
    if (!promise) {
      promise = track(load(lang, needs));
      promise.catch(() => started.delete(key));
      started.set(key, promise);
    }
    return promise;
  };
}

/** Where every text is loaded already (the prerender, the tests): nothing to wait for. */
const ALL_LOADED: TextLoader = () => fulfilled(undefined);

export const TextLoaderContext = createContext<TextLoader>(ALL_LOADED);

export const useTextLoader = () => useContext(TextLoaderContext);

/** Suspends the component until the texts it needs are loaded (a <Suspense> above it waits). */
export function useTexts(lang: Language, needs?: TextNeeds): void {
  use(useTextLoader()(lang, needs));
}

/**
 * Starts loading texts the page may need next, without waiting for them: the steps one answer
 * further on, so that moving there waits for nothing. A failure is left to the page that needs them.
 */
export function usePrefetchTexts(lang: Language, needs: TextNeeds): void {
  const load = useTextLoader();
  const key = keyOf(lang, needs);
  useEffect(() => {
    load(lang, needs).catch(() => {});
    // `key` stands for `needs`, a new object on every render: the effect runs when the needs change.
  }, [load, lang, key]);
}
