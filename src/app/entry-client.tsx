import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, createStaticHandler } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { Language } from '../tree/languages';
import type { TextPart } from '../tree/text-parts';
import { createI18n, loadLanguage, loadTreeParts, type Namespace } from './i18n';
import { createRoutes, type TextNeeds } from './routes';
import { registerServiceWorker } from './register-service-worker';
import { resolveLazyRoutes } from './resolve-lazy-routes';
import { SiteContext } from './site-context';
import { siteRoot } from './site-root';
import { TextLoaderContext } from './text-loader-context';
import { TREE_TEXTS } from './tree-texts';

const basename = siteRoot.replace(/\/$/, '') || '/';

// One lazy chunk per language and namespace: a page downloads only its own language. Each file is
// named here, so that the whole tree.json is not built into a chunk (it arrives in parts instead).
const NAMESPACE_FILES: Record<Exclude<Namespace, 'tree'>, (lang: Language) => Promise<{ default: object }>> = {
  common: (lang) => import(`../../locales/${lang}/common.json`),
  diagnose: (lang) => import(`../../locales/${lang}/diagnose.json`),
  request: (lang) => import(`../../locales/${lang}/request.json`),
};
const loadNamespace = async (lang: Language, ns: Namespace) => {
  if (ns === 'tree') throw new Error('the step texts load in parts (loadTreeParts)');
  return (await NAMESPACE_FILES[ns](lang)).default;
};
const loadTreePart = async (lang: Language, part: TextPart) => (await TREE_TEXTS[lang][part]()).default;

async function start() {
  const i18n = await createI18n(loadNamespace);
  const loadTexts = async (lang: Language, needs: TextNeeds = {}) => {
    await Promise.all([loadLanguage(i18n, lang, needs.pages), loadTreeParts(i18n, lang, needs.parts ?? [], loadTreePart)]);
  };
  const routes = createRoutes({ loadLanguage: loadTexts });
  await resolveLazyRoutes(routes, window.location.pathname, basename);
  // The loaders are pure functions of the URL: run them here, exactly as the prerender did, and
  // hydrate with their results so that the first render matches the HTML.
  const context = await createStaticHandler(routes, { basename }).query(new Request(window.location.href));
  if (context instanceof Response) {
    window.location.replace(context.headers.get('Location') ?? siteRoot);
    return;
  }
  const router = createBrowserRouter(routes, {
    basename,
    hydrationData: { loaderData: context.loaderData, errors: context.errors },
  });
  const app = (
    <StrictMode>
      <SiteContext value={{ siteUrl: import.meta.env.VITE_SITE_URL }}>
        <I18nextProvider i18n={i18n}>
          <TextLoaderContext value={loadTexts}>
            <RouterProvider router={router} />
          </TextLoaderContext>
        </I18nextProvider>
      </SiteContext>
    </StrictMode>
  );
  const root = document.getElementById('root')!;
  // A prerendered page hydrates; the offline shell (an empty root) is rendered here instead.
  // Hydrating in a transition lets React yield to the browser between pieces of the page, so that
  // no long task blocks a tap on the page that is already shown.
  if (root.hasChildNodes()) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
  registerServiceWorker(siteRoot);
}

void start();
