import { matchRoutes, type RouteObject } from 'react-router';
import { checklistRoute } from '@/features/checklist/route';
import { diagnoseRoute } from '@/features/diagnose/route';
import { requestRoute } from '@/features/request/route';
import { wizardRoutes } from '@/features/wizard/route';
import { NotFound } from '@/shared/components/not-found';
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

const pageAt = (pathname: string, basename?: string) => {
  const match = matchRoutes(routes, pathname, basename)?.at(-1);
  return match ? { params: match.params, handle: match.route.handle as PageHandle | undefined } : null;
};

/** The language of the page at `pathname` and the texts its route declares (none for an unknown language). */
export function pageTextsAt(pathname: string, journey: Journey, basename?: string): { lang: Language; texts: PageTexts } | null {
  const page = pageAt(pathname, basename);
  const lang = page?.params.lang;
  return page && isLanguage(lang) ? { lang, texts: page.handle?.texts(page.params, journey) ?? {} } : null;
}

/** Loads the code of the page at `pathname` that is in chunks of its own, so that it renders at once. */
export async function preloadPage(pathname: string, basename?: string): Promise<void> {
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  await Promise.all(matches.map(({ route, params }) => (route.handle as PageHandle | undefined)?.preload(params)));
}
