import { matchRoutes, type Params, type RouteObject } from 'react-router';
import { lazyComponent, type LazyComponent } from '../shared/lazy-component';
import { LanguageLayout } from './language-layout';
import { NotFoundPage } from '../shared/components/not-found';
import { preloadStep, StepRoute } from '../features/wizard/pages/step-route';

// Pages with code that no step needs: loaded when opened, not with every step. (The picker at the
// site root is for browsers without JavaScript: with it, the boot script goes on to a language.)
const LanguagePickerPage = lazyComponent(async () => (await import('./language-picker-page')).LanguagePickerPage);
const ChecklistPage = lazyComponent(async () => (await import('../features/checklist/pages/checklist-page')).ChecklistPage);
const DiagnosePage = lazyComponent(async () => (await import('../features/diagnose/pages/diagnose-page')).DiagnosePage);
const RequestPage = lazyComponent(async () => (await import('../features/request/pages/request-page')).RequestPage);

/** Code a route's page needs before it can render at once (preloadPage). */
interface RouteHandle {
  preload(params: Params): Promise<unknown>;
}

const lazyRoute = (route: RouteObject, Page: LazyComponent): RouteObject => ({ ...route, element: <Page />, handle: { preload: Page.preload } });
const stepRoute = (route: RouteObject): RouteObject => ({ ...route, element: <StepRoute />, handle: { preload: preloadStep } });

/**
 * One route table for the browser and the prerender (DESIGN.md: URLs). Each page checks its own
 * parameters and waits for its own texts (useTexts), so the table is plain data and the router
 * needs no loaders: the small declarative router is enough.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    children: [
      lazyRoute({ index: true }, LanguagePickerPage),
      {
        path: ':lang',
        element: <LanguageLayout />,
        children: [
          stepRoute({ index: true }),
          lazyRoute({ path: 'diagnose' }, DiagnosePage),
          lazyRoute({ path: 'request' }, RequestPage),
          lazyRoute({ path: 'checklist/:side' }, ChecklistPage),
          stepRoute({ path: ':nodeId' }),
          stepRoute({ path: ':nodeId/:variant' }),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** Loads the code of the page at `pathname` that is in chunks of its own, so that it renders at once. */
export async function preloadPage(pathname: string, basename?: string): Promise<void> {
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  await Promise.all(matches.map(({ route, params }) => (route.handle as RouteHandle | undefined)?.preload(params)));
}
