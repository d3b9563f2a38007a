import { nodeIndex } from '@/site/content';
import { stepPath } from '@/site/paths';
import type { TreeNode } from '@/tree/types';
import type { NodeText } from '@/tree/types';
import { rememberAnswer } from '@/shared/hooks/use-journey';
import { useCommonText, useLanguage } from '@/shared/hooks/use-language';
import { AppLink } from '@/shared/components/app-link';
import { LangText } from '@/shared/components/lang-text';
import { readPlatformChoices } from '@/features/wizard/hooks/use-platform-choice';
import { personalVariant } from '@/features/wizard/hooks/use-variant-redirect';

/** What the person can answer here: one link per option, "it helped" / "it did not", or "continue". */
export function Answers({ node, text }: { node: TreeNode; text: NodeText }) {
  const lang = useLanguage();
  const t = useCommonText();
  // A step with platforms opens on the person's own (picked earlier, else detected), worked out as the
  // answer is followed: one move, not a move and then another to their platform. The address stays the
  // step's own, as the prerendered page has it, so that knowing the platform re-renders nothing.
  const answer = (answerId: string, to: string, label: string, className: string) => (
    <li key={answerId}>
      <AppLink
        className={className}
        to={stepPath(lang, to)}
        destination={() => {
          const chosen = personalVariant(nodeIndex.get(to)!, readPlatformChoices());
          return { to: stepPath(lang, to, chosen?.variant), state: chosen ? { detected: chosen.detected } : undefined };
        }}
        onNavigate={() => rememberAnswer({ node: node.id, answer: answerId, to })}
      >
        <LangText text={label} />
      </AppLink>
    </li>
  );

  if (node.kind === 'question') {
    return (
      <ul className="answers" aria-labelledby="step-heading">
        {node.options.map((option) => answer(option.id, option.next, text.options?.[option.id] ?? '', 'answer'))}
      </ul>
    );
  }
  if (node.kind === 'check') {
    return (
      <section className="did-it-help" aria-labelledby="did-it-help">
        <h2 id="did-it-help">{t('check.question')}</h2>
        <ul className="answers answers-inline">
          {answer('yes', node.yes, t('check.yes'), 'answer answer-yes')}
          {answer('no', node.no, t('check.no'), 'answer')}
        </ul>
      </section>
    );
  }
  if (node.kind === 'info') {
    return <ul className="answers">{answer('continue', node.next, t('check.continue'), 'answer answer-yes')}</ul>;
  }
  return null;
}
