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
  // History state survives a reload, but the prerendered HTML knows nothing of it: read it only
  // once hydrated, or the note would differ from the HTML.
  const hydrated = useHydrated();
  const detected = hydrated && (location.state as { detected?: boolean } | null)?.detected === true;
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
      <p className="platform-note">{detected ? t('platform.detected', { name }) : t('platform.chosen', { name })}</p>
    </section>
  );
}
