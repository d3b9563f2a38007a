import { matchVariant } from './platform-groups';
import type { PlatformDimension } from './types';

export interface BrowserFacts {
  userAgent: string;
  /** navigator.maxTouchPoints: iPads say "Macintosh" but have a touch screen. */
  maxTouchPoints?: number;
}

/**
 * The person's OS or browser, guessed from what their browser says; null when we cannot tell
 * (a server, or an unknown agent), and then the page shows its first variant. Order matters:
 * Edge, Opera and Yandex Browser all say "Chrome" too, and Chrome on iOS says "Safari".
 */
export function detectPlatform(dimension: PlatformDimension, facts: BrowserFacts): string | null {
  const ua = facts.userAgent;
  if (dimension === 'os') {
    if (/Windows NT 6\.1/.test(ua)) return 'windows-7';
    if (/Windows NT/.test(ua)) return 'windows';
    if (/iPhone|iPad|iPod/.test(ua)) return 'ios';
    if (/Macintosh/.test(ua)) return (facts.maxTouchPoints ?? 0) > 1 ? 'ios' : 'macos';
    if (/CrOS/.test(ua)) return 'chromeos';
    if (/Android/.test(ua)) return 'android';
    if (/Linux|X11/.test(ua)) return 'linux';
    return null;
  }
  if (dimension === 'browser') {
    if (/YaBrowser|YaSearchBrowser/.test(ua)) return 'yandex';
    if (/OPR\/|Opera|OPT\//.test(ua)) return 'opera';
    if (/Edg(e|A|iOS)?\//.test(ua)) return 'edge';
    if (/Firefox\/|FxiOS\//.test(ua)) return 'firefox';
    if (/Chrome\/|CriOS\//.test(ua)) return 'chrome';
    if (/Safari\//.test(ua)) return 'safari';
    return null;
  }
  return null; // a server's system cannot be seen from a browser
}

/**
 * The variant to show: the person's own choice, else what we detect, else the node's first variant.
 * A choice matches through its group (matchVariant): Debian 12 picked earlier shows "Debian and Ubuntu"
 * on a step that does not tell the releases apart.
 */
export function chooseVariant(
  variants: readonly string[],
  preferred: string | null,
  detected: string | null,
): string | undefined {
  return matchVariant(variants, preferred) ?? matchVariant(variants, detected) ?? variants[0];
}
