import type { Journey } from '../../tree/journey';
import { nodeIndex, stepPath } from '../content';
import { useCommonText, useLanguage, useNodeText } from '../hooks/use-language';
import { AppLink } from './app-link';

/** The answers that led here, each one changeable: honest progress instead of a percentage. */
export function JourneyPath({ path }: { path: Journey }) {
  const lang = useLanguage();
  const t = useCommonText();
  const textOf = useNodeText();
  if (path.length === 0) return null;
  return (
    <aside className="journey" aria-labelledby="journey-title">
      <h2 id="journey-title">{t('journey.title')}</h2>
      <ol>
        {path.map((step) => {
          const question = textOf(step.node);
          const kind = nodeIndex.get(step.node)?.kind;
          const answer =
            kind === 'question'
              ? question.options?.[step.answer]
              : kind === 'info'
                ? t('journey.read')
                : t(step.answer === 'yes' ? 'journey.yes' : 'journey.no');
          return (
            <li key={step.node}>
              <span className="journey-question">{question.title}</span>
              <span className="journey-answer">{answer}</span>
              <AppLink to={stepPath(lang, step.node)} className="journey-change">
                {t('journey.change')}
                <span className="visually-hidden"> {t('journey.changeHidden', { question: question.title })}</span>
              </AppLink>
            </li>
          );
        })}
      </ol>
    </aside>
  );
}
