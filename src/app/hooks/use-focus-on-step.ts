import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

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
    document.getElementById('step-heading')?.focus();
  }, [pathname]);
}
