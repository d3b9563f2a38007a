import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { afterPaint } from '@/shared/after-paint';

/** "/ru/flush-dns/macos/" → "/ru/flush-dns": the step, whatever platform is shown. */
const stepOf = (pathname: string) => pathname.split('/').slice(0, 3).join('/');

/**
 * When the step changes (not on the first view, not on a platform tab), focus moves to the new
 * h1 so that keyboard users start there and screen readers announce it.
 */
export function useFocusOnStep(): void {
  const { pathname } = useLocation();
  const previous = useRef(stepOf(pathname));
  useEffect(() => {
    const step = stepOf(pathname);
    if (step === previous.current) return;
    previous.current = step;
    // After the new step is painted: focusing lays the page out there and then (and scrolls to it),
    // which before the paint made the click wait for that work twice.
    return afterPaint(() => document.getElementById('step-heading')?.focus());
  }, [pathname]);
}
