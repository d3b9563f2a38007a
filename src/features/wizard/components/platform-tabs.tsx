import { stepPath } from '@/site/paths';
import { useLocation } from 'react-router';
import type { PlatformDimension } from '@/tree/types';
import { useCommonText, useLanguage } from '@/shared/hooks/use-language';
import { rememberPlatform } from '@/features/wizard/hooks/use-platform-choice';
import { useHydrated } from '@/shared/hooks/use-hydrated';
import { AppLink } from '@/shared/components/app-link';

interface PlatformTabsProps {
  nodeId: string;
  dimension: PlatformDimension;
  variants: string[];
  current: string;
}

/** Links to the same step for each platform; the URL names the platform, so a shared link keeps it. */
export function PlatformTabs({ nodeId, dimension, variants, current }: PlatformTabsProps) {
  const lang = useLanguage();
  const t = useCommonText();
  const location = useLocation();
  const detected = (location.state as { detected?: boolean } | null)?.detected === true;
  const name = t(`platform.names.${current}` as 'platform.names.windows');
  return (
    <section className="platforms" aria-labelledby="platform-label">
      <h2 id="platform-label" className="platforms-label">
        {t(`platform.label.${dimension}`)}
      </h2>
      <ul className="platform-tabs">
        {variants.map((variant) => (
          <li key={variant}>
            <AppLink
              to={stepPath(lang, nodeId, variant)}
              aria-current={variant === current ? 'page' : undefined}
              onNavigate={() => rememberPlatform(dimension, variant)}
              replace
            >
              {t(`platform.names.${variant}` as 'platform.names.windows')}
            </AppLink>
          </li>
        ))}
      </ul>
      {detected ? (
        <DetectedNote detected={t('platform.detected', { name })} chosen={t('platform.chosen', { name })} />
      ) : (
        <p className="platform-note">{t('platform.chosen', { name })}</p>
      )}
    </section>
  );
}

/**
 * "We detected your platform": from the history's state, which survives a reload while the
 * prerendered HTML knows nothing of it, so it is said once hydrated, not during hydration. Only a
 * page whose state says so asks for that flag: asking re-renders the component just after hydrating.
 */
function DetectedNote({ detected, chosen }: { detected: string; chosen: string }) {
  return <p className="platform-note">{useHydrated() ? detected : chosen}</p>;
}
