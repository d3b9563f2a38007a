// The app's entry. Prerendered pages start it only once they are loaded and painted (see
// src/build/deferred-boot.ts): the HTML is complete and readable, so nothing competes with it for the
// network first. It fetches the app and, in parallel, the texts of the page's language.
import { isLanguage } from '../tree/languages';
// The styles belong to the page, not to the app: imported here, Vite links them from index.html and
// the prerender inlines them, so that the first paint is already styled.
import './styles.css';
import './diagnose.css';
import './request.css';

function boot() {
  const lang = document.documentElement.lang;
  if (isLanguage(lang)) {
    // Starts these downloads now; the app's own imports of the same modules then find them under way.
    void import(`../../locales/${lang}/common.json`);
    void import(`../../locales/${lang}/tree.json`);
  }
  void import('./entry-client');
}

boot();
