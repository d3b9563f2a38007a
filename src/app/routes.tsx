import { matchRoutes, type RouteObject } from 'react-router';
import { lazyPage, type LazyPage } from './lazy-page';
import { ChecklistPage } from './pages/checklist-page';
import { LanguageLayout } from './pages/language-layout';
import { LanguagePickerPage } from './pages/language-picker-page';
import { NotFoundPage } from './pages/not-found-page';
import { StepRoute } from './pages/step-route';

// Pages of their own, with code that no step needs: loaded when opened, not with every step.
const DiagnosePage = lazyPage(async () => (await import('./pages/diagnose-page')).DiagnosePage);
const RequestPage = lazyPage(async () => (await import('./pages/request-page')).RequestPage);
const lazyRoute = (path: string, Page: LazyPage): RouteObject => ({ path, element: <Page />, handle: Page });

/**
 * One route table for the browser and the prerender (DESIGN.md: URLs). Each page checks its own
 * parameters and waits for its own texts (useTexts), so the table is plain data and the router
 * needs no loaders: the small declarative router is enough.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    children: [
      { index: true, element: <LanguagePickerPage /> },
      {
        path: ':lang',
        element: <LanguageLayout />,
        children: [
          { index: true, element: <StepRoute /> },
          lazyRoute('diagnose', DiagnosePage),
          lazyRoute('request', RequestPage),
          { path: 'checklist/:side', element: <ChecklistPage /> },
          { path: ':nodeId', element: <StepRoute /> },
          { path: ':nodeId/:variant', element: <StepRoute /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/** Loads the code of the page at `pathname` if it is a chunk of its own, so that it renders at once. */
export async function preloadPage(pathname: string, basename?: string): Promise<void> {
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  await Promise.all(matches.map(({ route }) => (route.handle as LazyPage | undefined)?.preload()));
}
