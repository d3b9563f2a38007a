import { useParams } from 'react-router';
import { useI18n } from '@/shared/i18n';
import type { Side } from '@/tree/graph';
import { checklistSteps, isSide } from '@/features/checklist/checklist-steps';
import { AppLink } from '@/shared/components/app-link';
import { stepPath } from '@/site/paths';
import { useLanguage } from '@/shared/hooks/use-language';
import { useStepTexts } from '@/shared/step-texts';
import { usePageMeta } from '@/shared/hooks/use-page-meta';
import { checklistMeta } from '@/site/page-meta';
import { NotFound } from '@/shared/components/not-found';

/** /{lang}/checklist/{side}/ */
export function ChecklistPage() {
  const { side } = useParams();
  return isSide(side) ? <Checklist side={side} /> : <NotFound />;
}

/** Every step of one side on one page, in the order the wizard meets them, each linking to its step. */
function Checklist({ side }: { side: Side }) {
  const lang = useLanguage();
  const i18n = useI18n();
  const stepText = useStepTexts(lang);
  const meta = checklistMeta(i18n, lang, side);
  usePageMeta(meta);
  const steps = checklistSteps(side);
  return (
    <div className="step checklist">
      <h1 id="step-heading" tabIndex={-1}>
        {meta.heading}
      </h1>
      <p className="lead">{meta.description}</p>
      <ol className="checklist-steps">
        {steps.map((id) => {
          const { text } = stepText(id);
          return (
            <li key={id}>
              <AppLink to={stepPath(lang, id)}>{text.title}</AppLink>
              <p>{text.summary}</p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
