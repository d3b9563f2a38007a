import { useEffect } from 'react';
import { Navigate, useParams, type Params } from 'react-router';
import { preloadFigures } from '../components/step-figure';
import { pathTo, type Journey } from '../../../tree/journey';
import { isLanguage, type Language } from '../../../tree/languages';
import { nodesForStep } from '../../../tree/text-parts';
import { paths } from '../../../site/paths';
import { nodeIndex, tree } from '../../../site/content';
import { useJourney } from '../../../shared/hooks/use-journey';
import { useLanguage } from '../../../shared/hooks/use-language';
import { usePrefetchTexts, useTexts, type TextNeeds } from '../../../shared/text-loader-context';
import { NotFoundPage } from '../../../shared/components/not-found';
import { StepPage } from './step-page';

export type FoundStep =
  | { kind: 'step'; nodeId: string; variant: string | null }
  | { kind: 'moved'; to: string }
  | { kind: 'unknown' };

/** What /{lang}/{nodeId}/{variant}/ names: a step, a renamed step's new address, or nothing. */
export function findStep(lang: Language, nodeId: string | undefined, variant: string | undefined): FoundStep {
  // The start node lives at /{lang}/ only, so that it has one address.
  if (nodeId === tree.start) return { kind: 'unknown' };
  const id = nodeId ?? tree.start;
  const renamedTo = tree.aliases[id];
  if (renamedTo) return { kind: 'moved', to: paths.node(lang, renamedTo, variant) };
  const node = nodeIndex.get(id);
  if (!node || (variant !== undefined && !node.variants?.[variant])) return { kind: 'unknown' };
  return { kind: 'step', nodeId: id, variant: variant ?? null };
}

/**
 * The texts of a step's page: those it shows (its own, and those of the answers that led here), which
 * it waits for, and those of the steps one answer on, fetched ahead so that moving there waits for
 * nothing. The browser entry loads both before hydrating.
 */
export function stepTexts(nodeId: string, journey: Journey): { shown: TextNeeds; ahead: TextNeeds } {
  return { shown: { nodes: [...new Set([nodeId, ...pathTo(journey, nodeId).map((step) => step.node)])] }, ahead: { step: nodeId } };
}

/**
 * The code a step's page needs beyond the app: its figure, and those of the steps one answer on, so
 * that moving there waits for nothing.
 */
const preloadNear = (nodeId: string) => preloadFigures(nodesForStep(nodeIndex, nodeId).map((id) => nodeIndex.get(id)?.figure));

/** preloadNear for a step's address (preloadPage, before hydrating or prerendering it). */
export function preloadStep({ lang, nodeId, variant }: Params): Promise<unknown> {
  const found = isLanguage(lang) ? findStep(lang, nodeId, variant) : null;
  return found?.kind === 'step' ? preloadNear(found.nodeId) : Promise.resolve();
}

/** The route of every step address. */
export function StepRoute() {
  const { nodeId, variant } = useParams();
  const found = findStep(useLanguage(), nodeId, variant);
  if (found.kind === 'moved') return <Navigate to={found.to} replace />;
  if (found.kind === 'unknown') return <NotFoundPage />;
  return <StepWithTexts nodeId={found.nodeId} variant={found.variant} />;
}

function StepWithTexts({ nodeId, variant }: { nodeId: string; variant: string | null }) {
  const lang = useLanguage();
  const { shown, ahead } = stepTexts(nodeId, useJourney());
  useTexts(lang, shown);
  usePrefetchTexts(lang, ahead);
  useEffect(() => void preloadNear(nodeId).catch(() => {}), [nodeId]);
  return <StepPage nodeId={nodeId} variant={variant} />;
}
