import { useLocation } from 'react-router';
import { useI18n } from '@/shared/i18n';
import { paths } from '@/site/paths';
import { AppLink } from './app-link';
import { useCommonText, useLanguage } from '@/shared/hooks/use-language';
import { usePageMeta } from '@/shared/hooks/use-page-meta';
import { notFoundMeta } from '@/site/page-meta';
import { usePageStatus } from '@/shared/page-status';

/**
 * What an unknown address shows, in the address's language, with a way to the start. Any other
 * error lands here too (RouteErrorBoundary): a person gets a way on, never a stack trace.
 */
export function NotFound() {
  usePageStatus(404);
  const lang = useLanguage();
  const t = useCommonText();
  const i18n = useI18n();
  const { pathname } = useLocation();
  usePageMeta(notFoundMeta(i18n, lang, pathname));
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
