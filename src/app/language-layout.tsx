import { Suspense } from 'react';
import { Outlet, useLocation, useParams } from 'react-router';
import { isLanguage, LANGUAGES } from '@/tree/languages';
import { paths, switchLanguage, stepPath } from '@/site/paths';
import { AppLink } from '@/shared/components/app-link';
import { RouteErrorBoundary } from './route-error-boundary';
import { tree } from '@/site/content';
import { useFocusOnStep } from './hooks/use-focus-on-step';
import { useMarkHydrated } from './hooks/use-mark-hydrated';
import { useFontWarmUp } from './font-warm-up/use-font-warm-up';
import { forgetJourney } from '@/shared/hooks/use-journey';
import { useCommonText, useLanguage } from '@/shared/hooks/use-language';
import { useNamespaces } from '@/shared/i18n';
import { NotFound } from '@/shared/components/not-found';

/** /{lang}/…: the frame of a language's pages, or the not-found page for a language we do not have. */
export function LanguageLayout() {
  const { lang } = useParams();
  return isLanguage(lang) ? <Frame /> : <UnknownLanguage />;
}

/** An address whose first segment is no language of ours: the not-found page, in English. */
function UnknownLanguage() {
  useNamespaces('en', ['common']);
  return (
    <main id="main">
      <NotFound />
    </main>
  );
}

/** The frame around every step: name, language switch, start again, and what we promise about privacy. */
function Frame() {
  const lang = useLanguage();
  useNamespaces(lang, ['common']);
  const t = useCommonText();
  const { pathname } = useLocation();
  useFocusOnStep();
  useMarkHydrated();
  useFontWarmUp();
  return (
    <>
      <a className="skip-link" href="#step-heading">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <AppLink className="brand" to={stepPath(lang, tree.start)} onNavigate={forgetJourney} aria-label={t('nav.home')}>
          <span aria-hidden="true">fix502</span>
        </AppLink>
        <nav aria-label={t('nav.languages')} className="language-switch">
          <ul>
            {LANGUAGES.map((other) => (
              <li key={other}>
                {other === lang ? (
                  <span lang={other} aria-current="true">
                    {t(`languages.${other}`)}
                  </span>
                ) : (
                  <AppLink to={switchLanguage(pathname, other)} lang={other} hrefLang={other}>
                    {t(`languages.${other}`)}
                  </AppLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">
        <RouteErrorBoundary address={pathname}>
          {/* A page whose texts are still downloading keeps the previous page on screen (navigation
              is a transition); during hydration the prerendered HTML stays until they arrive. */}
          <Suspense>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <footer className="site-footer">
        <nav aria-label={t('more.title')}>
          <ul className="footer-links">
            <li>
              <AppLink to={stepPath(lang, tree.start)} onNavigate={forgetJourney}>
                {t('nav.startAgain')}
              </AppLink>
            </li>
            <li>
              <AppLink to={paths.checklist(lang, 'visitor')}>{t('more.checklistVisitor')}</AppLink>
            </li>
            <li>
              <AppLink to={paths.checklist(lang, 'owner')}>{t('more.checklistOwner')}</AppLink>
            </li>
            <li>
              <AppLink to={paths.diagnose(lang)}>{t('more.diagnose')}</AppLink>
            </li>
            <li>
              <AppLink to={paths.request(lang)}>{t('more.request')}</AppLink>
            </li>
          </ul>
        </nav>
        <p>{t('footer.privacy')}</p>
      </footer>
    </>
  );
}
