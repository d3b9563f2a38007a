import { matchRoutes, type RouteObject } from 'react-router';
import { checklistRoute } from '@/features/checklist/route';
import { diagnoseRoute } from '@/features/diagnose/route';
import { requestRoute } from '@/features/request/route';
import { wizardRoutes } from '@/features/wizard/route';
import type { i18n as I18n } from 'i18next';
import { NotFound } from '@/shared/components/not-found';
import { loadNamespaces } from '@/shared/i18n';
import { loadStepTexts } from '@/shared/step-texts';
import { trackAll, type TrackedPromise } from '@/shared/tracked-promise';
import { lazyComponent } from '@/shared/lazy-component';
import { pageRoute, type PageHandle, type PageTexts } from '@/shared/page-route';
import { LANGUAGE_SEGMENT } from '@/site/paths';
import type { Journey } from '@/tree/journey';
import { isLanguage, type Language } from '@/tree/languages';
import { LanguageLayout } from './language-layout';

// The site root's picker is for browsers without JavaScript (with it, the boot script goes on to a
// language): its code is loaded when opened, not with every step.
const LanguagePickerPage = lazyComponent(async () => (await import('./language-picker-page')).LanguagePickerPage);

/**
 * One route table for the browser and the prerender. Each feature's route declares beside it the
 * texts its page needs, so the table is plain data and the router needs no loaders.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    children: [
      pageRoute({ index: true }, LanguagePickerPage),
      {
        path: LANGUAGE_SEGMENT,
        element: <LanguageLayout />,
        children: [...wizardRoutes, diagnoseRoute, requestRoute, checklistRoute, { path: '*', element: <NotFound /> }],
      },
    ],
  },
];

// React Router ranks the whole table and builds each route's pattern anew on every match, and a
// click matched its next page three times before it rendered. The table never changes, so the
// matches of an address are kept, for the few dozen addresses a visit sees.
const knownMatches = new Map<string, ReturnType<typeof matchRoutes<RouteObject>>>();
const KEPT_MATCHES = 100;

function matchesAt(pathname: string, basename?: string) {
  const key = `${basename ?? ''}\u0000${pathname}`;
  if (knownMatches.has(key)) return knownMatches.get(key)!;
  if (knownMatches.size >= KEPT_MATCHES) knownMatches.clear();
  const matches = matchRoutes(routes, pathname, basename);
  knownMatches.set(key, matches);
  return matches;
}

const pageAt = (pathname: string, basename?: string) => {
  const match = matchesAt(pathname, basename)?.at(-1);
  return match ? { params: match.params, handle: match.route.handle as PageHandle | undefined } : null;
};

/** The language of the page at `pathname` and the texts its route declares (none for an unknown language). */
export function pageTextsAt(pathname: string, journey: Journey, basename?: string): { lang: Language; texts: PageTexts } | null {
  const page = pageAt(pathname, basename);
  const lang = page?.params.lang;
  return page && isLanguage(lang) ? { lang, texts: page.handle?.texts(page.params, journey) ?? {} } : null;
}

/** Loads the code of the page at `pathname` that is in chunks of its own, so that it renders at once. */
export function preloadPage(pathname: string, basename?: string): TrackedPromise<unknown> {
  const matches = matchesAt(pathname, basename) ?? [];
  return trackAll(matches.map(({ route, params }) => (route.handle as PageHandle | undefined)?.preload(params)));
}

/**
 * Everything the page at `pathname` needs to render without suspending: its code, the interface's
 * words it declares and its steps' texts. Fulfilled at once when all of it is here, which is what lets
 * a navigation render in the frame of the click; the browser entry waits for it before hydrating.
 */
export function preparePage(i18n: I18n, pathname: string, journey: Journey, basename?: string): TrackedPromise<unknown> {
  const page = pageTextsAt(pathname, journey, basename);
  const { namespaces = [], step, nodes = [] } = page?.texts ?? {};
  return trackAll([
    page ? loadNamespaces(i18n, page.lang, ['common', ...namespaces]) : undefined,
    page ? loadStepTexts(page.lang, [...(step ? [step] : []), ...nodes]) : undefined,
    preloadPage(pathname, basename),
  ]);
}
