// The browser's way to the step texts: one lazy chunk per language and part (src/build/tree-text-parts.ts).
import type { Language } from '../tree/languages';
import type { TextPart } from '../tree/text-parts';
import type { TreeLocale } from '../tree/types';

type Load = () => Promise<{ default: TreeLocale }>;

export const TREE_TEXTS: Record<Language, Record<TextPart, Load>> = {
  en: {
    shared: () => import('virtual:tree-texts/en/shared'),
    visitor: () => import('virtual:tree-texts/en/visitor'),
    owner: () => import('virtual:tree-texts/en/owner'),
  },
  ru: {
    shared: () => import('virtual:tree-texts/ru/shared'),
    visitor: () => import('virtual:tree-texts/ru/visitor'),
    owner: () => import('virtual:tree-texts/ru/owner'),
  },
};
