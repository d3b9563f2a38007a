import type { i18n as I18n } from 'i18next';
import { renderToString } from 'react-dom/server';
import { I18nContext } from '../shared/i18n-context';
import { StaticRouter } from 'react-router';
import { App } from '../app/app';
import { preloadPage } from '../app/routes';
import { PageStatusContext, type PageStatus } from '../shared/page-status';
import { SiteContext } from '../shared/site-context';

/**
 * Renders pages through the same routes and components as the browser, so hydration finds the same
 * tree. The page's code is loaded first, and its texts are all here: nothing may suspend, or the
 * HTML would hold a fallback (<!--$!-->) where the page should be.
 */
export function createPageRenderer(i18n: I18n, siteUrl: string) {
  return async function renderPage(path: string): Promise<string> {
    const record: PageStatus = { status: 200 };
    await preloadPage(path);
    const html = renderToString(
      <PageStatusContext value={record}>
        <SiteContext value={{ siteUrl }}>
          <I18nContext value={i18n}>
            <StaticRouter location={path}>
              <App />
            </StaticRouter>
          </I18nContext>
        </SiteContext>
      </PageStatusContext>,
    );
    if (html.includes('<!--$!-->')) throw new Error(`${path}: a part of the page suspended while prerendering`);
    if (record.status !== 200) throw new Error(`${path}: rendered with status ${record.status}`);
    return html;
  };
}
