import { stepPath } from '@/site/paths';
import type { CauseGroup, Finding } from '@/diagnose/analyze';
import { CAUSE_STEPS } from '@/diagnose/cause-steps';
import { SERVER_STEPS } from '@/diagnose/server-steps';
import type { DiagnoseText } from '@/features/diagnose/hooks/use-diagnose-text';
import { useLanguage } from '@/shared/hooks/use-language';
import { useStepTexts } from '@/shared/step-texts';
import { AppLink } from '@/shared/components/app-link';
import { DiagnoseAdvice } from './diagnose-advice';
import { DiagnoseLine } from './diagnose-line';

interface DiagnoseResultsProps {
  t: DiagnoseText;
  groups: CauseGroup[];
  /** The findings kept with their text (a sample per cause on a huge log). */
  findings: Finding[];
}

/** The causes found, most likely first: what each means, its lines, and the step that fixes it. */
export function DiagnoseResults({ t, groups, findings }: DiagnoseResultsProps) {
  const lang = useLanguage();
  const stepText = useStepTexts(lang);
  return (
    <section className="diagnose-results" aria-labelledby="diagnose-results-heading">
      <h2 id="diagnose-results-heading">{t('results.title')}</h2>
      <p className="hint">{t('results.intro')}</p>
      <ol className="diagnose-causes">
        {groups.map((group, index) => {
          const shown = findings.filter((finding) => finding.cause === group.cause);
          const step = CAUSE_STEPS[group.cause];
          // The step about the program that wrote these lines (gunicorn, Caddy…), when it has one.
          const serverSteps = [...new Set(shown.map((finding) => SERVER_STEPS[finding.server]))].filter(
            (id): id is string => id !== undefined && id !== step,
          );
          const headingId = `diagnose-cause-${group.cause}`;
          return (
            <li key={group.cause} className="diagnose-cause">
              <h3 id={headingId}>
                {t(`causes.${group.cause}.title` as 'causes.other.title')}{' '}
                <span className="diagnose-count">({t('results.lines', { count: group.count })})</span>
              </h3>
              {index === 0 && <p className="diagnose-likely">{t('results.likely')}</p>}
              <p>{t(`causes.${group.cause}.explanation` as 'causes.other.explanation')}</p>
              <DiagnoseAdvice t={t} findings={shown} />
              <p>
                <AppLink className="diagnose-fix" to={stepPath(lang, step)}>
                  {t('results.fix', { step: stepText(step).text.title })}
                </AppLink>
              </p>
              {serverSteps.map((id) => (
                <p key={id}>
                  <AppLink className="diagnose-fix" to={stepPath(lang, id)}>
                    {t('results.server', { step: stepText(id).text.title })}
                  </AppLink>
                </p>
              ))}
              <details open={index === 0}>
                <summary>{t('results.showLines')}</summary>
                <ol className="diagnose-lines">
                  {shown.map((finding) => (
                    <li key={finding.line}>
                      <span className="diagnose-line-number">{t('results.lineNumber', { line: finding.line })}</span>
                      <DiagnoseLine finding={finding} />
                    </li>
                  ))}
                </ol>
                {group.count > shown.length && (
                  <p className="hint">{t('results.more', { count: group.count - shown.length })}</p>
                )}
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
