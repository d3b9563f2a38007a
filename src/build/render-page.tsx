import type { i18n as I18n } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createRoutes } from '../app/routes';
import { SiteContext } from '../app/site-context';

/** Renders pages through the same routes and loaders as the browser, so hydration finds the same tree. */
export function createPageRenderer(i18n: I18n, siteUrl: string) {
  const handler = createStaticHandler(createRoutes({ loadLanguage: async () => {} }));
  return async function renderPage(path: string): Promise<string> {
    const context = await handler.query(new Request(new URL(path, 'http://prerender.invalid')));
    if (context instanceof Response) throw new Error(`${path}: the loader answered ${context.status}`);
    if (context.statusCode !== 200) throw new Error(`${path}: rendered with status ${context.statusCode}`);
    const router = createStaticRouter(handler.dataRoutes, context);
    return renderToString(
      <SiteContext value={{ siteUrl }}>
        <I18nextProvider i18n={i18n}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </I18nextProvider>
      </SiteContext>,
    );
  };
}
