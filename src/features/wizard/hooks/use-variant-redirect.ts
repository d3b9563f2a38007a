import { stepPath } from '@/site/paths';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { chooseVariant, detectPlatform } from '@/tree/detect-platform';
import type { TreeNode } from '@/tree/types';
import { useLanguage } from '@/shared/hooks/use-language';
import { usePlatformChoices } from './use-platform-choice';

/**
 * A step opened without a platform in its URL shows its first variant in the prerendered page;
 * in the browser it moves to the person's platform (picked earlier, else detected) and the URL
 * follows, so that "copy link" shares what they see.
 */
export function useVariantRedirect(node: TreeNode, variant: string | null): void {
  const lang = useLanguage();
  const navigate = useNavigate();
  const choices = usePlatformChoices();
  useEffect(() => {
    if (!node.platform || variant !== null) return;
    const picked = choices[node.platform] ?? null;
    const detected = detectPlatform(node.platform, {
      userAgent: navigator.userAgent,
      maxTouchPoints: navigator.maxTouchPoints,
    });
    const chosen = chooseVariant(Object.keys(node.variants ?? {}), picked, detected);
    if (!chosen) return;
    const byDetection = !(picked && chosen === picked) && chosen === detected;
    navigate(stepPath(lang, node.id, chosen), { replace: true, state: { detected: byDetection } });
  }, [node, variant, lang, choices, navigate]);
}
