// The app's entry for the prerender (Node): the build hands it the texts and gets pages back. Nothing
// else of the app is imported by src/build.
import type { Resource } from 'i18next';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { createI18n } from '@/shared/i18n';
import type { PageStatus } from '@/shared/page-status';
import { provideStepTexts } from '@/shared/step-texts';
import type { StepTextFile, TextFileStem } from '@/site/text-files';
import type { Language } from '@/tree/languages';
import { App } from './app';
import { Providers } from './providers';
import { pageTextsAt, preloadPage } from './routes';

export interface RenderInput {
  /** The interface's namespaces, every language. */
  resources: Resource;
  /** Every part file of the step texts, keyed "{lang}/parts/{part}". */
  stepTexts: ReadonlyMap<string, StepTextFile>;
  siteUrl: string;
}

/**
 * Renders pages through the same routes and components as the browser, so hydration finds the same
 * tree. The page's code is loaded first, and its texts are all here: nothing may suspend, or the
 * HTML would hold a fallback (<!--$!-->) where the page should be.
 */
export async function createRenderer({ resources, stepTexts, siteUrl }: RenderInput) {
  const i18n = await createI18n(resources);
  for (const [key, file] of stepTexts) {
    const [lang, ...stem] = key.split('/');
    provideStepTexts(lang as Language, stem.join('/') as TextFileStem, file);
  }
  async function render(path: string): Promise<string> {
    const status: PageStatus = { status: 200 };
    await preloadPage(path);
    const html = renderToString(
      <Providers i18n={i18n} siteUrl={siteUrl} status={status}>
        <StaticRouter location={path}>
          <App />
        </StaticRouter>
      </Providers>,
    );
    if (html.includes('<!--$!-->')) throw new Error(`${path}: a part of the page suspended while prerendering`);
    if (status.status !== 200) throw new Error(`${path}: rendered with status ${status.status}`);
    return html;
  }
  /** What the page at `path` declares it needs (no answers are known when prerendering). */
  const textsAt = (path: string) => pageTextsAt(path, [])?.texts ?? {};
  return { i18n, render, textsAt };
}
