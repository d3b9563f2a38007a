import { useParams } from 'react-router';
import { useI18n } from '../../../shared/i18n-context';
import { nodesOfSide, SIDES, type Side } from '../../../tree/graph';
import { AppLink } from '../../../shared/components/app-link';
import { nodeIndex, stepPath, tree } from '../../../site/content';
import { useLanguage, useNodeText } from '../../../shared/hooks/use-language';
import { usePageMeta } from '../../../shared/hooks/use-page-meta';
import { checklistMeta } from '../../../site/page-meta';
import { PAGE_TEXTS } from '../../../site/page-texts';
import { useTexts } from '../../../shared/text-loader-context';
import { NotFoundPage } from '../../../shared/components/not-found';

const isSide = (side: string | undefined): side is Side => (SIDES as readonly (string | undefined)[]).includes(side);

/** /{lang}/checklist/{side}/ */
export function ChecklistPage() {
  const { side } = useParams();
  return isSide(side) ? <Checklist side={side} /> : <NotFoundPage />;
}

/** Every step of one side on one page, in the order the wizard meets them, each linking to its step. */
function Checklist({ side }: { side: Side }) {
  const lang = useLanguage();
  useTexts(lang, PAGE_TEXTS[`checklist-${side}`]);
  const i18n = useI18n();
  const textOf = useNodeText();
  const meta = checklistMeta(i18n, lang, side);
  usePageMeta(meta);
  const steps = nodesOfSide(tree, nodeIndex, side).filter((id) => nodeIndex.get(id)?.kind !== 'outcome');
  return (
    <div className="step checklist">
      <h1 id="step-heading" tabIndex={-1}>
        {meta.heading}
      </h1>
      <p className="lead">{meta.description}</p>
      <ol className="checklist-steps">
        {steps.map((id) => {
          const text = textOf(id);
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
