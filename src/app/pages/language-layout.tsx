import { Outlet, useLocation } from 'react-router';
import { LANGUAGES } from '../../tree/languages';
import { paths, switchLanguage } from '../../tree/paths';
import { AppLink } from '../components/app-link';
import { stepPath, tree } from '../content';
import { useFocusOnStep } from '../hooks/use-focus-on-step';
import { useMarkHydrated } from '../hooks/use-mark-hydrated';
import { forgetJourney } from '../hooks/use-journey';
import { useCommonText, useLanguage } from '../hooks/use-language';

/** The frame around every step: name, language switch, start again, and what we promise about privacy. */
export function LanguageLayout() {
  const lang = useLanguage();
  const t = useCommonText();
  const { pathname } = useLocation();
  useFocusOnStep();
  useMarkHydrated();
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
        <Outlet />
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
