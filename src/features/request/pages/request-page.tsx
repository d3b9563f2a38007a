import { useI18n } from '@/shared/i18n';
import '@/features/request/request.css';
import { AppLink } from '@/shared/components/app-link';
import { ChainStatusFigure } from '@/features/request/components/chain-status-figure';
import { JourneySummary } from '@/features/request/components/journey-summary';
import { RequestComposer } from '@/features/request/components/request-composer';
import { nodeIndex } from '@/site/content';
import { stepPath } from '@/site/paths';
import { useJourney } from '@/shared/hooks/use-journey';
import { useCommonText, useLanguage } from '@/shared/hooks/use-language';
import { usePageMeta } from '@/shared/hooks/use-page-meta';
import { chainStatusesFor, currentPath } from '@/features/request/request-input';
import { requestMeta } from '@/site/page-meta';
import { requestText } from '@/site/request-text';

/** /{lang}/request/: the path so far, where it seems to break, and a ready request for help. Prints as the path and the letter. */
export function RequestPage() {
  const lang = useLanguage();
  const t = useCommonText();
  const i18n = useI18n();
  const r = requestText(i18n, lang);
  const path = currentPath(useJourney());
  usePageMeta(requestMeta(i18n, lang));
  const backTo = path.at(-1)?.to;
  return (
    <div className="request-page">
      {backTo && nodeIndex.has(backTo) && (
        <AppLink className="back-link" to={stepPath(lang, backTo)}>
          {t('nav.back')}
        </AppLink>
      )}
      <h1 id="step-heading" tabIndex={-1}>
        {r.page.title}
      </h1>
      <p className="lead">{r.page.summary}</p>
      <div className="request-evidence">
        <JourneySummary path={path} />
        <ChainStatusFigure statuses={chainStatusesFor(path)} />
      </div>
      <RequestComposer path={path} />
    </div>
  );
}
