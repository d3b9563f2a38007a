import type { ErrorPage } from '@/diagnose/error-page';
import { stepOfPage } from '@/diagnose/error-page-steps';
import type { DiagnoseText } from '@/features/diagnose/hooks/use-diagnose-text';
import { AppLink } from '@/shared/components/app-link';
import { useLanguage } from '@/shared/hooks/use-language';
import { useStepTexts } from '@/shared/step-texts';
import { stepPath } from '@/site/paths';

/** A pasted error page: which layer sent it, its status and Ray ID, and the step to open next. */
export function DiagnoseErrorPage({ t, page }: { t: DiagnoseText; page: ErrorPage }) {
  const lang = useLanguage();
  const stepText = useStepTexts(lang);
  const step = stepOfPage(page);
  const idKey = page.layer === 'cloudfront' ? 'page.cloudfrontId' : 'page.cloudflareId';
  return (
    <section className="diagnose-page-answer" aria-labelledby="diagnose-page-heading">
      <h2 id="diagnose-page-heading">{t('page.title')}</h2>
      <p>{t(`page.layers.${page.layer}` as 'page.layers.nginx')}</p>
      {page.status && <p>{t('page.status', { status: page.status })}</p>}
      {page.id && <p>{t(idKey, { id: page.id })}</p>}
      <p>
        <AppLink className="diagnose-fix" to={stepPath(lang, step)}>
          {t('page.next', { step: stepText(step).text.title })}
        </AppLink>
      </p>
    </section>
  );
}
