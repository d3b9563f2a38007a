import { stepPath } from '@/site/paths';
import { useEffect, useMemo, useRef, useState } from 'react';
import '@/features/diagnose/diagnose.css';
import { useI18n } from '@/shared/i18n';
import { READ_LOGS_STEP } from '@/diagnose/cause-steps';
import type { Diagnosis } from '@/diagnose/run';
import { AppLink } from '@/shared/components/app-link';
import { DiagnoseAccess } from '@/features/diagnose/components/diagnose-access';
import { DiagnoseErrorPage } from '@/features/diagnose/components/diagnose-error-page';
import { DiagnoseForm } from '@/features/diagnose/components/diagnose-form';
import { DiagnoseResults } from '@/features/diagnose/components/diagnose-results';
import { diagnoseMeta } from '@/site/page-meta';
import { useDiagnoseText, type DiagnoseText } from '@/features/diagnose/hooks/use-diagnose-text';
import { useHydrated } from '@/shared/hooks/use-hydrated';
import { useLanguage } from '@/shared/hooks/use-language';
import { useLogDiagnosis, type DiagnosisState } from '@/features/diagnose/hooks/use-log-diagnosis';
import { usePageMeta } from '@/shared/hooks/use-page-meta';
import { rememberDiagnosis } from '@/shared/hooks/use-diagnosis';

/** Kept by cause id, so that the request names each cause in the language of each letter. */
function remember({ groups, findings }: Diagnosis): void {
  rememberDiagnosis(
    groups.map((group) => ({
      cause: group.cause,
      count: group.count,
      sampleLine: findings.find((finding) => finding.cause === group.cause)?.text ?? '',
    })),
  );
}

function statusText(t: DiagnoseText, state: DiagnosisState, empty: boolean, fileName: string | null): string {
  const file = fileName ? `${t('file.chosen', { name: fileName })} ` : '';
  switch (state.kind) {
    case 'idle':
      return empty ? t('status.empty') : '';
    case 'working':
      return file + t('status.working', { percent: state.percent });
    case 'failed':
      return t('status.failed', { message: state.message });
    case 'done': {
      const { groups, lines, page, access } = state.result;
      const count = groups.reduce((sum, group) => sum + group.count, 0);
      if (count) return file + t('status.found', { count, lines });
      if (page) return file + t('status.page');
      if (access) return file + t('status.access', { lines, requests: access.requests });
      return file + t('status.none', { lines });
    }
  }
}

/**
 * /{lang}/diagnose/: paste an error log or drop the file, see the causes it shows, most likely
 * first, each with its lines and the step that fixes it. Everything runs in the browser.
 */
export function DiagnosePage() {
  const lang = useLanguage();
  const t = useDiagnoseText();
  const i18n = useI18n();
  const hydrated = useHydrated();
  usePageMeta(useMemo(() => diagnoseMeta(i18n, lang), [i18n, lang]));
  const [state, start] = useLogDiagnosis();
  const [empty, setEmpty] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);

  const stored = useRef<Diagnosis | null>(null);
  useEffect(() => {
    if (state.kind !== 'done' || stored.current === state.result) return;
    stored.current = state.result;
    remember(state.result);
  }, [state, t]);

  return (
    <div className="step diagnose">
      <h1 id="step-heading" tabIndex={-1}>
        {t('title')}
      </h1>
      <p className="lead">{t('lead')}</p>
      <p className="diagnose-privacy">{t('privacy')}</p>
      {!hydrated && (
        <p className="diagnose-needs-script">
          {t('needsScript')} <AppLink to={stepPath(lang, READ_LOGS_STEP)}>{t('byHand')}</AppLink>
        </p>
      )}
      <DiagnoseForm
        t={t}
        onEmpty={() => setEmpty(true)}
        onLog={(source, name) => {
          setEmpty(false);
          setFileName(name ?? null);
          start(source);
        }}
      />
      <p role="status" className="diagnose-status">
        {statusText(t, state, empty, fileName)}
      </p>
      {state.kind === 'done' && state.result.page && <DiagnoseErrorPage t={t} page={state.result.page} />}
      {state.kind === 'done' && state.result.groups.length > 0 && (
        <DiagnoseResults t={t} groups={state.result.groups} findings={state.result.findings} />
      )}
      {state.kind === 'done' && state.result.access && <DiagnoseAccess t={t} access={state.result.access} />}
    </div>
  );
}
