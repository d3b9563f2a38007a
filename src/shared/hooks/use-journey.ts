import { useSyncExternalStore } from 'react';
import { parseJourney, recordAnswer, type Journey, type JourneyStep } from '@/tree/journey';
import { createSessionStore } from '@/shared/session-store';

const EMPTY: Journey = [];
const journeyStore = createSessionStore<Journey>('fix502.journey', parseJourney, EMPTY);

export function useJourney(): Journey {
  return useSyncExternalStore(journeyStore.subscribe, journeyStore.get, journeyStore.serverSnapshot);
}

export function rememberAnswer(step: JourneyStep): void {
  journeyStore.set(recordAnswer(journeyStore.get(), step));
}

export function forgetJourney(): void {
  journeyStore.set(EMPTY);
}

/** The answers kept in this tab, outside React (route loaders); none on the server. */
export function readJourney(): Journey {
  return typeof window === 'undefined' ? EMPTY : journeyStore.get();
}
