import type { Figure } from '@/tree/types';
import { lazyComponent, type LazyComponent } from '@/shared/lazy-component';
import { trackAll, type TrackedPromise } from '@/shared/tracked-promise';

/** The pictures a step may show (tree.json `figure`): each its own chunk, as few steps show one. */
const FIGURES: Record<Figure, LazyComponent> = {
  chain: lazyComponent(async () => (await import('./chain-figure')).ChainFigure),
};

export function StepFigure({ figure }: { figure: Figure }) {
  const Picture = FIGURES[figure];
  return <Picture />;
}

/** Loads the pictures of these figures, so that a step showing one renders at once. */
export function preloadFigures(figures: readonly (Figure | undefined)[]): TrackedPromise<unknown> {
  return trackAll([...new Set(figures)].map((figure) => (figure ? FIGURES[figure].preload() : undefined)));
}
