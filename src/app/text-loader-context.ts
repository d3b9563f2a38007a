import { createContext, useContext } from 'react';
import type { Language } from '../tree/languages';
import type { TextNeeds } from './routes';

/**
 * Loads texts a component needs beyond its page's (the request in the other language). The browser
 * entry provides the real loader; elsewhere every text is loaded already, so the default does nothing.
 */
export const TextLoaderContext = createContext<(lang: Language, needs?: TextNeeds) => Promise<void>>(async () => {});

export const useTextLoader = () => useContext(TextLoaderContext);
