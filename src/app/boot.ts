// The app's entry. Prerendered pages start it only once they are loaded and painted (see
// src/build/deferred-boot.ts): the HTML is complete and readable, so nothing competes with it for the
// network first. It fetches the app and, in parallel, the texts of the page's language (the parts
// of the step texts the prerender listed in <html data-parts>).
import { isLanguage, pickLanguage } from '../tree/languages';
import { TEXT_PARTS, type TextPart } from '../tree/text-parts';
import { siteRoot } from './site-root';
import { TREE_TEXTS } from './tree-texts';
// The styles belong to the page, not to the app: imported here, Vite links them from index.html and
// the prerender inlines them, so that the first paint is already styled.
import './styles.css';
import './diagnose.css';
import './request.css';


const isTextPart = (part: string): part is TextPart => (TEXT_PARTS as readonly string[]).includes(part);

function boot() {
  // The root page only sends the browser on to its language: no need to fetch the app for that.
  if (window.location.pathname === siteRoot) {
    window.location.replace(`${siteRoot}${pickLanguage(navigator.languages ?? [navigator.language])}/`);
    return;
  }
  const { lang, dataset } = document.documentElement;
  if (isLanguage(lang)) {
    // Starts these downloads now; the app's own imports of the same modules then find them under way.
    void import(`../../locales/${lang}/common.json`);
    for (const part of (dataset.parts ?? '').split(' ')) {
      if (isTextPart(part)) void TREE_TEXTS[lang][part]();
    }
  }
  void import('./entry-client');
}

boot();
