import { data, redirect, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { isLanguage, type Language } from '../tree/languages';
import { pathTo } from '../tree/journey';
import { paths } from '../tree/paths';
import { partsForStep, TEXT_PARTS, type TextPart } from '../tree/text-parts';
import { nodeIndex, textParts, tree } from './content';
import type { PageNamespace } from './i18n';
import { readJourney } from './hooks/use-journey';
import { ChecklistPage, checklistLoader } from './pages/checklist-page';
import { LanguageLayout } from './pages/language-layout';
import { LanguagePickerPage } from './pages/language-picker-page';
import { NotFoundPage } from './pages/not-found-page';
import { StepPage } from './pages/step-page';

/** Texts a page needs beyond the interface's: a page of its own, parts of the step texts. */
export interface TextNeeds {
  pages?: readonly PageNamespace[];
  parts?: readonly TextPart[];
}

export interface RouteDeps {
  /** Makes the texts a page needs available before it renders (a no-op where all are loaded). */
  loadLanguage(lang: Language, needs?: TextNeeds): Promise<void>;
}

export interface LanguageData {
  lang: Language;
}

export interface StepData {
  nodeId: string;
  variant: string | null;
}

const notFound = () => data(null, { status: 404, statusText: 'Not Found' });

/** A step's texts, those of the steps it leads to, and (in the browser) those of the answers that led here. */
function partsForPage(nodeId: string): TextPart[] {
  const onPath = pathTo(readJourney(), nodeId).map((step) => textParts.get(step.node));
  const needed = new Set([...partsForStep(textParts, nodeIndex, nodeId), ...onPath]);
  return TEXT_PARTS.filter((part) => needed.has(part));
}

function findStep({ params }: LoaderFunctionArgs): StepData {
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
  const stepLoader = async (args: LoaderFunctionArgs): Promise<StepData> => {
    const found = findStep(args);
    await deps.loadLanguage(args.params.lang as Language, { parts: partsForPage(found.nodeId) });
    return found;
  };
  const step = { loader: stepLoader, Component: StepPage, ErrorBoundary: NotFoundPage };
  /** A page with texts of its own: they load with it, not with every step. */
  const page = (needs: TextNeeds) => async ({ params }: LoaderFunctionArgs) => {
    await deps.loadLanguage(params.lang as Language, needs);
    return null;
  };
  const checklist = async (args: LoaderFunctionArgs) => {
    const found = checklistLoader(args);
    await deps.loadLanguage(args.params.lang as Language, { parts: ['shared', found.side] });
    return found;
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
            await deps.loadLanguage(params.lang, { parts: ['shared'] });
            return { lang: params.lang };
          },
          Component: LanguageLayout,
          ErrorBoundary: NotFoundPage,
          children: [
            { index: true, ...step },
            // Pages of their own, with code that no step needs: loaded when opened, not with every step.
            {
              path: 'diagnose',
              loader: page({ pages: ['diagnose'], parts: ['owner'] }),
              lazy: async () => ({ Component: (await import('./pages/diagnose-page')).DiagnosePage }),
              ErrorBoundary: NotFoundPage,
            },
            {
              path: 'request',
              loader: page({ pages: ['request', 'diagnose'], parts: TEXT_PARTS }),
              lazy: async () => ({ Component: (await import('./pages/request-page')).RequestPage }),
              ErrorBoundary: NotFoundPage,
            },
            { path: 'checklist/:side', loader: checklist, Component: ChecklistPage, ErrorBoundary: NotFoundPage },
            { path: ':nodeId', ...step },
            { path: ':nodeId/:variant', ...step },
            { path: '*', ErrorBoundary: NotFoundPage, loader: () => { throw notFound(); } },
          ],
        },
      ],
    },
  ];
}
