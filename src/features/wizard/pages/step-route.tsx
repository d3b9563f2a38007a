import { useEffect } from 'react';
import { Navigate, useParams, type Params } from 'react-router';
import { preloadFigures } from '@/features/wizard/components/step-figure';
import { afterPaintWhenIdle } from '@/shared/after-paint';
import { NotFound } from '@/shared/components/not-found';
import { fulfilled, type TrackedPromise } from '@/shared/tracked-promise';
import { useLanguage } from '@/shared/hooks/use-language';
import type { PageTexts } from '@/shared/page-route';
import { nodeIndex, tree } from '@/site/content';
import { paths } from '@/site/paths';
import { pathTo, type Journey } from '@/tree/journey';
import { isLanguage, type Language } from '@/tree/languages';
import { groupAddresses } from '@/tree/platform-groups';
import { nodesForStep } from '@/tree/text-parts';
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
  if (!node) return { kind: 'unknown' };
  if (variant === undefined || node.variants?.[variant]) return { kind: 'step', nodeId: id, variant: variant ?? null };
  // A group's old address on a step now split by release: the step as if no platform were named.
  if (groupAddresses(Object.keys(node.variants ?? {})).includes(variant)) return { kind: 'step', nodeId: id, variant: null };
  return { kind: 'unknown' };
}

const stepAt = ({ lang, nodeId, variant }: Params) => {
  const found = isLanguage(lang) ? findStep(lang, nodeId, variant) : null;
  return found?.kind === 'step' ? found.nodeId : null;
};

/** A step's texts: its own and those one answer on (in its page), and those of the answers that led here. */
export function stepTexts(params: Params, journey: Journey): PageTexts {
  const step = stepAt(params);
  return step ? { step, nodes: pathTo(journey, step).map((answer) => answer.node) } : {};
}

/** The figures of the steps one answer on, loaded once a step shows, so that moving there waits for nothing. */
const preloadNear = (nodeId: string) => preloadFigures(nodesForStep(nodeIndex, nodeId).map((id) => nodeIndex.get(id)?.figure));

/** The code a step's page needs beyond the app: its figure, if it has one. */
export function preloadStep(params: Params): TrackedPromise<unknown> {
  const step = stepAt(params);
  return step ? preloadFigures([nodeIndex.get(step)?.figure]) : fulfilled(undefined);
}

/** The page of every step address. */
export function StepRoute() {
  const { nodeId, variant } = useParams();
  const found = findStep(useLanguage(), nodeId, variant);
  const shown = found.kind === 'step' ? found.nodeId : null;
  useEffect(() => (shown ? afterPaintWhenIdle(() => void preloadNear(shown).catch(() => {})) : undefined), [shown]);
  if (found.kind === 'moved') return <Navigate to={found.to} replace />;
  if (found.kind === 'unknown') return <NotFound />;
  return <StepPage nodeId={found.nodeId} variant={found.variant} />;
}
