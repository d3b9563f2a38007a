import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '../../tree/paths';
import { AppLink } from '../components/app-link';
import { useCommonText, useLanguage } from '../hooks/use-language';
import { usePageMeta } from '../hooks/use-page-meta';
import { notFoundMeta } from '../page-meta';
import { useLocation } from 'react-router';

/**
 * What an unknown address shows, in the address's language, with a way to the start. Any other
 * error lands here too: a person gets a way on, never a stack trace (the console keeps it).
 */
export function NotFoundPage() {
  const error = useRouteError();
  const lang = useLanguage();
  const t = useCommonText();
  const { i18n } = useTranslation();
  const { pathname } = useLocation();
  usePageMeta(notFoundMeta(i18n, lang, pathname));
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <div className="step not-found">
      <h1 id="step-heading" tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p className="lead">{t('notFound.body')}</p>
      <p>
        <AppLink className="answer" to={paths.start(lang)}>
          {t('notFound.start')}
        </AppLink>
      </p>
    </div>
  );
}
