import type { ComponentType, ReactNode } from 'react';
import { useEffect } from 'react';
import { useParams, type Params, type RouteObject } from 'react-router';
import type { PageNamespace } from '@/site/namespaces';
import type { Journey } from '@/tree/journey';
import { useJourney } from './hooks/use-journey';
import { useLanguage } from './hooks/use-language';
import { afterPaintWhenIdle } from './after-paint';
import { useNamespaces } from './i18n';
import type { LazyComponent } from './lazy-component';
import { prefetchStepsAfter, useStepTexts } from './step-texts';
import { fulfilled, type TrackedPromise } from './tracked-promise';

/** The texts a page needs beyond the interface's common words. */
export interface PageTexts {
  namespaces?: readonly PageNamespace[];
  /** A step: its page holds its texts and those one answer on; moving there waits for nothing. */
  step?: string;
  /** Other nodes the page shows, fetched with their part of the tree. */
  nodes?: readonly string[];
}

/**
 * What a route declares beside it, as a router's loader would: the texts its page needs, and the
 * code to load before it renders. The route's element, the browser entry (before hydrating) and the
 * prerender (what the HTML carries) all read this one declaration.
 */
export interface PageHandle {
  texts(params: Params, journey: Journey): PageTexts;
  /** Fulfilled at once when the code is here already. */
  preload(params: Params): TrackedPromise<unknown>;
}

const none = () => fulfilled(undefined);

/** A route whose page waits for the texts it declares. */
export function pageRoute(route: { path?: string; index?: true }, Page: ComponentType | LazyComponent, handle: Partial<PageHandle> = {}): RouteObject {
  const full: PageHandle = { texts: handle.texts ?? (() => ({})), preload: handle.preload ?? ('preload' in Page ? Page.preload : none) };
  return { ...route, element: <WithTexts texts={full.texts}><Page /></WithTexts>, handle: full } as RouteObject;
}

function WithTexts({ texts, children }: { texts: PageHandle['texts']; children: ReactNode }) {
  const lang = useLanguage();
  const needs = texts(useParams(), useJourney());
  useNamespaces(lang, needs.namespaces ?? []);
  useStepTexts(lang, [...(needs.step ? [needs.step] : []), ...(needs.nodes ?? [])]);
  const { step } = needs;
  useEffect(() => (step ? afterPaintWhenIdle(() => prefetchStepsAfter(lang, step)) : undefined), [lang, step]);
  return children;
}
