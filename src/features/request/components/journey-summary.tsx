import { useI18n } from '@/shared/i18n';
import type { Journey } from '@/tree/journey';
import { tree } from '@/site/content';
import { stepPath } from '@/site/paths';
import { useJourney } from '@/shared/hooks/use-journey';
import { useLanguage } from '@/shared/hooks/use-language';
import { currentPath } from '@/features/request/request-input';
import { requestText } from '@/site/request-text';
import { AppLink } from '@/shared/components/app-link';
import { JourneyStep } from '@/shared/components/journey-step';

/**
 * Every answer so far, each one changeable, with a check that did not help said as plainly as one
 * that did. `path` defaults to the answers kept in this tab.
 */
export function JourneySummary({ path }: { path?: Journey }) {
  const journey = useJourney();
  const shown = path ?? currentPath(journey);
  const lang = useLanguage();
  const i18n = useI18n();
  const r = requestText(i18n, lang).summary;
  return (
    <section className="journey journey-summary" aria-labelledby="journey-summary-title">
      <h2 id="journey-summary-title">{r.title}</h2>
      {shown.length === 0 ? (
        <p>
          {r.empty} <AppLink to={stepPath(lang, tree.start)}>{r.start}</AppLink>
        </p>
      ) : (
        <ol>
          {shown.map((step) => (
            <JourneyStep
              key={step.node}
              step={step}
              checkAnswer={(helped) => (
                <span className={`journey-answer journey-tried journey-tried-${helped ? 'helped' : 'failed'}`}>
                  <span className="journey-tried-mark" aria-hidden="true">
                    {helped ? '✓' : '✗'}
                  </span>{' '}
                  {helped ? r.helped : r.didNotHelp}
                </span>
              )}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
