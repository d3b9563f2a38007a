import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { App } from '@/app/app';
import { Providers } from '@/app/providers';
import { preloadPage } from '@/app/routes';
import { readAllLocales, readTreeLocales } from '@/build/read-locales';
import { createI18n } from '@/shared/i18n';
import { LANGUAGES, type Language } from '@/tree/languages';

/** Every word of both languages, as the locale files hold them: what a test expects a person to read. */
export const texts = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, { ...(readAllLocales()[lang] as Record<string, any>), tree: readTreeLocales()[lang] }]),
) as Record<Language, { common: any; diagnose: any; request: any; tree: any }>;

/**
 * The app at `path`, with the real routes, tree and locales in a memory router; or, given `element`,
 * that element alone on the page at `path` (inside the same providers, with the route's language).
 */
export async function renderApp(path: string, element?: ReactNode) {
  const i18n = await createI18n(readAllLocales());
  // As the browser entry and the prerender do: the page's own chunk first, so that it renders at once.
  if (!element) await preloadPage(path);
  const view = render(
    <Providers i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        {element ? (
          <Routes>
            <Route path="/:lang/*" element={element} />
          </Routes>
        ) : (
          <App />
        )}
      </MemoryRouter>
    </Providers>,
  );
  return { ...view, i18n };
}
