import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { readJourney } from '@/shared/hooks/use-journey';
import { createI18n } from '@/shared/i18n';
import { siteRoot } from '@/shared/site-root';
import { loadStepTexts } from '@/shared/step-texts';
import { nodeIndex } from '@/site/content';
import { nodesForStep } from '@/tree/text-parts';
import { App } from './app';
import { Providers } from './providers';
import { registerServiceWorker } from './register-service-worker';
import { AppRouter } from './app-router';
import { pageTextsAt, preparePage } from './routes';

async function start() {
  const root = siteRoot();
  const basename = root.replace(/\/$/, '') || '/';
  const i18n = await createI18n();
  const prepare = (pathname: string) => preparePage(i18n, pathname, readJourney(), basename);
  // The page's texts and code, as its route declares them, are loaded before hydrating, so that the
  // first render has them, as the prerender had, and matches its HTML. The texts of the steps one
  // answer on come too (the page holds them), so that the first answer waits for nothing.
  const page = pageTextsAt(window.location.pathname, readJourney(), basename);
  const step = page?.texts.step;
  await Promise.all([prepare(window.location.pathname), page && step && loadStepTexts(page.lang, nodesForStep(nodeIndex, step))]);
  const app = (
    <StrictMode>
      <Providers i18n={i18n} siteUrl={import.meta.env.VITE_SITE_URL}>
        <AppRouter basename={basename} prepare={prepare}>
          <App />
        </AppRouter>
      </Providers>
    </StrictMode>
  );
  const element = document.getElementById('root')!;
  // A prerendered page hydrates; the offline shell and the dev server's page (a root with no
  // element in it) are rendered here instead.
  // Hydrating in a transition lets React yield to the browser between pieces of the page, so that
  // no long task blocks a tap on the page that is already shown.
  if (element.firstElementChild) startTransition(() => void hydrateRoot(element, app));
  else createRoot(element).render(app);
  registerServiceWorker(root);
}

void start();
