import { stepPath } from '@/site/paths';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { chooseVariant, detectPlatform } from '@/tree/detect-platform';
import type { TreeNode } from '@/tree/types';
import { useLanguage } from '@/shared/hooks/use-language';
import { usePlatformChoices, type Choices } from './use-platform-choice';

/** The variant of a step to show this person: picked earlier, else detected; and whether it was detected. */
export function personalVariant(node: TreeNode, choices: Choices): { variant: string; detected: boolean } | null {
  if (!node.platform) return null;
  const picked = choices[node.platform] ?? null;
  const detected = detectPlatform(node.platform, { userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints });
  const chosen = chooseVariant(Object.keys(node.variants ?? {}), picked, detected);
  return chosen ? { variant: chosen, detected: !(picked && chosen === picked) && chosen === detected } : null;
}

/**
 * A step opened without a platform in its URL shows its first variant in the prerendered page;
 * in the browser it moves to the person's platform (picked earlier, else detected) and the URL
 * follows, so that "copy link" shares what they see. (Answers link to that address already, so
 * following one moves once; this is for addresses typed, shared or bookmarked.)
 */
export function useVariantRedirect(node: TreeNode, variant: string | null): void {
  const lang = useLanguage();
  const navigate = useNavigate();
  const choices = usePlatformChoices();
  useEffect(() => {
    if (variant !== null) return;
    const chosen = personalVariant(node, choices);
    if (chosen) navigate(stepPath(lang, node.id, chosen.variant), { replace: true, state: { detected: chosen.detected } });
  }, [node, variant, lang, choices, navigate]);
}
