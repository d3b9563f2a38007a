import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter, matchRoutes } from 'react-router';
import { restoreCommands } from '../tree/commands';
import { isLanguage, type Language } from '../tree/languages';
import { nodesForStep } from '../tree/text-parts';
import { App } from './app';
import { nodeIndex, textParts } from '../site/content';
import { readJourney } from '../shared/hooks/use-journey';
import { I18nContext } from '../shared/i18n-context';
import { createI18n, hasTexts, loadLanguage, loadTreeTexts, type Namespace, type TreeTextSource } from '../shared/i18n';
import { findStep, stepTexts } from '../features/wizard/pages/step-route';
import { registerServiceWorker } from './register-service-worker';
import { preloadPage, routes } from './routes';
import { SiteContext } from '../shared/site-context';
import { siteRoot } from '../shared/site-root';
import { memoizeTextLoader, TextLoaderContext, type TextLoader } from '../shared/text-loader-context';
import { fetchTreeTexts, hasTreeTexts } from '../shared/tree-texts';

const basename = siteRoot.replace(/\/$/, '') || '/';

// One lazy chunk per language and namespace: a page downloads only its own language. Each file is
// named here, so that the whole tree.json is not built into a chunk (it arrives in files instead).
const NAMESPACE_FILES: Record<Exclude<Namespace, 'tree'>, (lang: Language) => Promise<{ default: object }>> = {
  common: (lang) => import(`../../locales/${lang}/common.json`),
  diagnose: (lang) => import(`../../locales/${lang}/diagnose.json`),
  request: (lang) => import(`../../locales/${lang}/request.json`),
};
const loadNamespace = async (lang: Language, ns: Namespace) => {
  if (ns === 'tree') throw new Error('the step texts load from a step file or by part (loadTreeTexts)');
  return (await NAMESPACE_FILES[ns](lang)).default;
};

/**
 * The texts of the page at `pathname`, as its components will ask for them. Loaded before hydrating,
 * so that the first render has them, as the prerender had, and matches its HTML.
 */
async function loadPageTexts(loadTexts: TextLoader, pathname: string): Promise<void> {
  const params = matchRoutes(routes, pathname, basename)?.at(-1)?.params ?? {};
  if (!isLanguage(params.lang)) return;
  const step = findStep(params.lang, params.nodeId, params.variant);
  if (step.kind !== 'step') return loadTexts(params.lang);
  // One call for both: the step's own file (in its page) then serves the nodes it holds.
  const { shown, ahead } = stepTexts(step.nodeId, readJourney());
  await loadTexts(params.lang, { ...shown, ...ahead });
}

const treeTextSource: TreeTextSource = {
  fetchFile: fetchTreeTexts,
  hasFile: hasTreeTexts,
  partOf: (id) => textParts.get(id)!,
  nodesOfStep: (id) => nodesForStep(nodeIndex, id),
  // The bundle's tree is a skeleton (src/build/browser-tree.ts): each node's commands come with its texts.
  restoreCommands: (commands) => restoreCommands(nodeIndex, commands),
};

async function start() {
  const i18n = await createI18n(loadNamespace);
  const loadTexts = memoizeTextLoader(
    (lang, needs) => Promise.all([loadLanguage(i18n, lang, needs.pages), loadTreeTexts(i18n, lang, needs, treeTextSource)]).then(() => {}),
    (lang, needs) => hasTexts(i18n, lang, needs, treeTextSource.nodesOfStep),
  );
  await Promise.all([loadPageTexts(loadTexts, window.location.pathname), preloadPage(window.location.pathname, basename)]);
  const app = (
    <StrictMode>
      <SiteContext value={{ siteUrl: import.meta.env.VITE_SITE_URL }}>
        <I18nContext value={i18n}>
          <TextLoaderContext value={loadTexts}>
            <BrowserRouter basename={basename}>
              <App />
            </BrowserRouter>
          </TextLoaderContext>
        </I18nContext>
      </SiteContext>
    </StrictMode>
  );
  const root = document.getElementById('root')!;
  // A prerendered page hydrates; the offline shell and the dev server's page (a root with no
  // element in it) are rendered here instead.
  // Hydrating in a transition lets React yield to the browser between pieces of the page, so that
  // no long task blocks a tap on the page that is already shown.
  if (root.firstElementChild) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
  registerServiceWorker(siteRoot);
}

void start();
