// The app's entry. Prerendered pages start it only once they are loaded and painted (the build's
// deferred boot): the HTML is complete and readable, so nothing competes with it for the network
// first. It fetches the app and, in parallel, the texts of the page's language: the interface's,
// and the step texts the page holds (a step's) or names (<html data-texts>, the others).
import { provideFromPage, fetchStepTexts } from '@/shared/step-texts';
import { siteRoot } from '@/shared/site-root';
import { isTextFileStem } from '@/site/text-files';
import { isLanguage, pickLanguage } from '@/tree/languages';

// Built pages carry the stylesheet inlined; the dev server's page does not.
if (import.meta.env.DEV) void import('./styles.css');

function boot() {
  // The root page only sends the browser on to its language: no need to fetch the app for that.
  if (window.location.pathname === siteRoot()) {
    window.location.replace(`${siteRoot()}${pickLanguage(navigator.languages ?? [navigator.language])}/`);
    return;
  }
  const { lang, dataset } = document.documentElement;
  if (isLanguage(lang)) {
    // Starts these downloads now; the app's own imports of the same modules then find them under way.
    void import(`../../locales/${lang}/common.json`);
    provideFromPage(lang);
    for (const stem of (dataset.texts ?? '').split(' ')) {
      if (isTextFileStem(stem)) void fetchStepTexts(lang, stem).catch(() => {}); // the app reports it
    }
  }
  void import('./entry-client');
}

boot();
