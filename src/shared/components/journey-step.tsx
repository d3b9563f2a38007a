import type { ReactNode } from 'react';
import type { JourneyStep as Step } from '@/tree/journey';
import { nodeIndex } from '@/site/content';
import { stepPath } from '@/site/paths';
import { useCommonText, useLanguage } from '@/shared/hooks/use-language';
import { useStepTexts } from '@/shared/step-texts';
import { AppLink } from './app-link';

/**
 * One answer of the path: the question or check, the answer given, and a link to change it. A check's
 * answer may be drawn by the caller (`checkAnswer`); questions and pages read show their own words.
 */
export function JourneyStep({ step, checkAnswer }: { step: Step; checkAnswer?: (helped: boolean) => ReactNode }) {
  const lang = useLanguage();
  const t = useCommonText();
  const question = useStepTexts(lang)(step.node).text;
  const kind = nodeIndex.get(step.node)?.kind;
  const helped = step.answer === 'yes';
  return (
    <li>
      <span className="journey-question">{question.title}</span>
      {kind === 'check' && checkAnswer ? (
        checkAnswer(helped)
      ) : (
        <span className="journey-answer">
          {kind === 'question'
            ? (question.options?.[step.answer] ?? step.answer)
            : kind === 'info'
              ? t('journey.read')
              : t(helped ? 'journey.yes' : 'journey.no')}
        </span>
      )}
      <AppLink to={stepPath(lang, step.node)} className="journey-change">
        {t('journey.change')}
        <span className="visually-hidden"> {t('journey.changeHidden', { question: question.title })}</span>
      </AppLink>
    </li>
  );
}
