import { useSyncExternalStore } from 'react';
import { choiceToKeep } from '@/tree/platform-groups';
import type { PlatformDimension } from '@/tree/types';
import { createSessionStore } from '@/shared/session-store';

export type Choices = Partial<Record<PlatformDimension, string>>;

const parseChoices = (raw: string | null): Choices => {
  try {
    const value: unknown = JSON.parse(raw ?? '{}');
    return typeof value === 'object' && value !== null ? (value as Choices) : {};
  } catch {
    return {};
  }
};
const EMPTY: Choices = {};
const choiceStore = createSessionStore<Choices>('fix502.platform', parseChoices, EMPTY);

/** The platform the person picked on a tab in this tab's session, which beats detection on later steps. */
export function usePlatformChoices(): Choices {
  return useSyncExternalStore(choiceStore.subscribe, choiceStore.get, choiceStore.serverSnapshot);
}

/** The same, outside React: read as an answer is followed. */
export function readPlatformChoices(): Choices {
  return choiceStore.get();
}

/** Keeps a platform picked on a tab; called as the tab's link is followed (setBeforeNavigation). */
export function rememberPlatform(dimension: PlatformDimension, platform: string): void {
  const choices = choiceStore.get();
  choiceStore.setBeforeNavigation({ ...choices, [dimension]: choiceToKeep(choices[dimension], platform) });
}
