import { render } from '@testing-library/react';
import { I18nContext } from '../src/shared/i18n-context';
import { MemoryRouter } from 'react-router';
import { App } from '../src/app/app';
import { createI18n } from '../src/shared/i18n';
import { readAllLocales } from '../src/build/read-locales';

/** The real routes, tree and locales in a memory router, opened at `path`. */
export async function renderApp(path: string) {
  const i18n = await createI18n(async () => ({}), readAllLocales());
  const view = render(
    <I18nContext value={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </I18nContext>,
  );
  return { ...view, i18n };
}
