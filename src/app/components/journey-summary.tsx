import { useTranslation } from 'react-i18next';
import type { Journey } from '../../tree/journey';
import { nodeIndex, stepPath, tree } from '../content';
import { useJourney } from '../hooks/use-journey';
import { useCommonText, useLanguage, useNodeText } from '../hooks/use-language';
import { currentPath } from '../request-input';
import { requestText } from '../request-text';
import { AppLink } from './app-link';

/**
 * Every answer so far, each one changeable, with a check that did not help said as plainly as one
 * that did. `path` defaults to the answers kept in this tab.
 */
export function JourneySummary({ path }: { path?: Journey }) {
  const journey = useJourney();
  const shown = path ?? currentPath(journey);
  const lang = useLanguage();
  const t = useCommonText();
  const textOf = useNodeText();
  const { i18n } = useTranslation();
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
          {shown.map((step) => {
            const question = textOf(step.node);
            const kind = nodeIndex.get(step.node)?.kind;
            return (
              <li key={step.node}>
                <span className="journey-question">{question.title}</span>
                {kind === 'check' ? (
                  <span className={`journey-answer journey-tried journey-tried-${step.answer === 'yes' ? 'helped' : 'failed'}`}>
                    <span className="journey-tried-mark" aria-hidden="true">
                      {step.answer === 'yes' ? '✓' : '✗'}
                    </span>{' '}
                    {step.answer === 'yes' ? r.helped : r.didNotHelp}
                  </span>
                ) : (
                  <span className="journey-answer">
                    {kind === 'question' ? (question.options?.[step.answer] ?? step.answer) : t('journey.read')}
                  </span>
                )}
                <AppLink to={stepPath(lang, step.node)} className="journey-change">
                  {t('journey.change')}
                  <span className="visually-hidden"> {t('journey.changeHidden', { question: question.title })}</span>
                </AppLink>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
