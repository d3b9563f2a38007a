import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createI18n } from '../../src/app/i18n';
import { createRoutes } from '../../src/app/routes';
import { readAllLocales } from '../../src/build/read-locales';

/** The real routes, tree and locales in a memory router, opened at `path`. */
export async function renderApp(path: string) {
  const i18n = await createI18n(async () => ({}), readAllLocales());
  const router = createMemoryRouter(createRoutes({ loadLanguage: async () => {} }), { initialEntries: [path] });
  const view = render(
    <I18nextProvider i18n={i18n}>
      <RouterProvider router={router} />
    </I18nextProvider>,
  );
  return { ...view, router, i18n };
}
