import { useI18n } from '@/shared/i18n';
import { LANGUAGES } from '@/tree/languages';
import { paths } from '@/site/paths';
import { AppLink } from '@/shared/components/app-link';

/**
 * The site root. With JavaScript the entry script sends the browser on to its language before this
 * renders; without it, this page offers both languages, each in its own language.
 */
export function LanguagePickerPage() {
  const i18n = useI18n();
  return (
    <main id="main" className="language-picker">
      <h1>fix502</h1>
      {LANGUAGES.map((lang) => {
        const t = i18n.getFixedT(lang, 'common');
        return (
          <section key={lang} lang={lang}>
            <h2>{t('picker.title')}</h2>
            <p>
              <AppLink className="answer" to={paths.start(lang)} hrefLang={lang}>
                {t(`languages.${lang}`)}
              </AppLink>
            </p>
          </section>
        );
      })}
    </main>
  );
}
