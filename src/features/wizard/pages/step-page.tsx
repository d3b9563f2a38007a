import { useMemo } from 'react';
import { useI18n } from '@/shared/i18n';
import { pathTo } from '@/tree/journey';
import { paths, stepPath } from '@/site/paths';
import { Answers } from '@/features/wizard/components/answers';
import { AppLink } from '@/shared/components/app-link';
import { CopyButton } from '@/shared/components/copy-button';
import { JourneyPath } from '@/features/wizard/components/journey-path';
import { LangText } from '@/shared/components/lang-text';
import { PlatformTabs } from '@/features/wizard/components/platform-tabs';
import { RichText } from '@/features/wizard/components/rich-text';
import { StepFigure } from '@/features/wizard/components/step-figure';
import { StepList } from '@/features/wizard/components/step-list';
import { firstParents, nodeIndex, tree } from '@/site/content';
import { forgetJourney, useJourney } from '@/shared/hooks/use-journey';
import { useCommonText, useLanguage } from '@/shared/hooks/use-language';
import { useStepTexts } from '@/shared/step-texts';
import { usePageMeta } from '@/shared/hooks/use-page-meta';
import { useVariantRedirect } from '@/features/wizard/hooks/use-variant-redirect';
import { stepMeta } from '@/site/page-meta';

/** One node of the tree: its question or check, its commands for the chosen platform, its answers. */
export function StepPage({ nodeId, variant }: { nodeId: string; variant: string | null }) {
  const node = nodeIndex.get(nodeId)!;
  const lang = useLanguage();
  const t = useCommonText();
  // The words and the commands of this step, from its file of step texts.
  const { text, commands } = useStepTexts(lang)(nodeId);
  const i18n = useI18n();
  const path = pathTo(useJourney(), nodeId);
  usePageMeta(useMemo(() => stepMeta(i18n, lang, text, nodeId, variant), [i18n, lang, text, nodeId, variant]));
  useVariantRedirect(node, variant);

  const variants = Object.keys(node.variants ?? {});
  const shown = variant ?? variants[0];
  const backTo = path.at(-1)?.node ?? firstParents.get(nodeId) ?? null;

  return (
    <div className="step-layout">
      <article className={`step step-${node.kind}`}>
        {backTo && (
          <AppLink className="back-link" to={stepPath(lang, backTo)}>
            {t('nav.back')}
          </AppLink>
        )}
        <h1 id="step-heading" tabIndex={-1}>
          <LangText text={text.title} />
        </h1>
        <p className="lead">
          <LangText text={text.summary} />
        </p>
        {node.figure && <StepFigure figure={node.figure} />}
        {text.body && <RichText className="body" source={text.body} />}
        {commands.steps && <StepList steps={commands.steps} texts={text.steps ?? {}} />}
        {node.platform && shown && (
          <>
            <PlatformTabs nodeId={nodeId} dimension={node.platform} variants={variants} current={shown} />
            <StepList steps={commands.variants?.[shown] ?? []} texts={text.variants?.[shown] ?? {}} />
          </>
        )}
        <Answers node={node} text={text} />
        {node.kind === 'outcome' && node.tone === 'contact' && (
          <p className="outcome-actions">
            <AppLink className="answer answer-yes" to={paths.request(lang)}>
              {t('outcome.writeRequest')}
            </AppLink>
          </p>
        )}
        {node.kind === 'outcome' && (
          <p className="outcome-actions">
            <AppLink className="answer" to={stepPath(lang, tree.start)} onNavigate={forgetJourney}>
              {t('outcome.startAgain')}
            </AppLink>
          </p>
        )}
        <CopyButton
          className="share"
          text={() => window.location.href}
          label={t('copy.link')}
          done={t('copy.linkDone')}
          failed={t('copy.linkFailed')}
        />
      </article>
      <JourneyPath path={path} />
    </div>
  );
}
