import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { useTranslation } from 'react-i18next';
import { nodesOfSide, SIDES, type Side } from '../../tree/graph';
import { AppLink } from '../components/app-link';
import { nodeIndex, stepPath, tree } from '../content';
import { useLanguage, useNodeText } from '../hooks/use-language';
import { usePageMeta } from '../hooks/use-page-meta';
import { checklistMeta } from '../page-meta';

export interface ChecklistData {
  side: Side;
}

export function checklistLoader({ params }: LoaderFunctionArgs): ChecklistData {
  const side = params.side as Side;
  if (!SIDES.includes(side)) throw data(null, { status: 404, statusText: 'Not Found' });
  return { side };
}

/** Every step of one side on one page, in the order the wizard meets them, each linking to its step. */
export function ChecklistPage() {
  const { side } = useLoaderData() as ChecklistData;
  const lang = useLanguage();
  const { i18n } = useTranslation();
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
