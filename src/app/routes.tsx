import { data, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { isLanguage, type Language } from '../tree/languages';
import { paths } from '../tree/paths';
import { nodeIndex, tree } from './content';
import type { PageNamespace } from './i18n';
import { ChecklistPage, checklistLoader } from './pages/checklist-page';
import { LanguageLayout } from './pages/language-layout';
import { LanguagePickerPage } from './pages/language-picker-page';
import { NotFoundPage } from './pages/not-found-page';
import { StepPage } from './pages/step-page';

export interface RouteDeps {
  /** Makes the texts of a language (and of the pages named) available before its pages render. */
  loadLanguage(lang: Language, pages?: readonly PageNamespace[]): Promise<void>;
}

export interface LanguageData {
  lang: Language;
}

export interface StepData {
  nodeId: string;
  variant: string | null;
}

const notFound = () => data(null, { status: 404, statusText: 'Not Found' });

function stepLoader({ params }: LoaderFunctionArgs): StepData {
  const lang = params.lang as Language;
  const id = params.nodeId ?? tree.start;
  // The start node lives at /{lang}/ only, so that it has one address.
  if (params.nodeId === tree.start) throw notFound();
  const renamedTo = tree.aliases[id];
  if (renamedTo) throw redirect(paths.node(lang, renamedTo, params.variant));
  const node = nodeIndex.get(id);
  if (!node) throw notFound();
  const variant = params.variant ?? null;
  if (variant !== null && !node.variants?.[variant]) throw notFound();
  return { nodeId: id, variant };
}

/** One route table for the browser and the prerender (DESIGN.md: URLs). */
export function createRoutes(deps: RouteDeps): RouteObject[] {
  const step = { loader: stepLoader, Component: StepPage, ErrorBoundary: NotFoundPage };
  /** A page with texts of its own: they load with it, not with every step. */
  const page = (ns: PageNamespace) => async ({ params }: LoaderFunctionArgs) => {
    await deps.loadLanguage(params.lang as Language, [ns]);
    return null;
  };
  return [
    {
      id: 'root',
      path: '/',
      ErrorBoundary: NotFoundPage,
      children: [
        { index: true, Component: LanguagePickerPage },
        {
          id: 'lang',
          path: ':lang',
          async loader({ params }): Promise<LanguageData> {
            if (!isLanguage(params.lang)) throw notFound();
            await deps.loadLanguage(params.lang);
            return { lang: params.lang };
          },
          Component: LanguageLayout,
          ErrorBoundary: NotFoundPage,
          children: [
            { index: true, ...step },
            // Pages of their own, with code that no step needs: loaded when opened, not with every step.
            {
              path: 'diagnose',
              loader: page('diagnose'),
              lazy: async () => ({ Component: (await import('./pages/diagnose-page')).DiagnosePage }),
              ErrorBoundary: NotFoundPage,
            },
            {
              path: 'request',
              loader: page('request'),
              lazy: async () => ({ Component: (await import('./pages/request-page')).RequestPage }),
              ErrorBoundary: NotFoundPage,
            },
            { path: 'checklist/:side', loader: checklistLoader, Component: ChecklistPage, ErrorBoundary: NotFoundPage },
            { path: ':nodeId', ...step },
            { path: ':nodeId/:variant', ...step },
            { path: '*', ErrorBoundary: NotFoundPage, loader: () => { throw notFound(); } },
          ],
        },
      ],
    },
  ];
}
