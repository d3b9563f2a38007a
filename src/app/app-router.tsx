import { useLayoutEffect, useState, type ReactNode } from 'react';
import { Router } from 'react-router';
import type { TrackedPromise } from '@/shared/tracked-promise';
import { createPaintFirstHistory, type Move } from './paint-first-history';

interface AppRouterProps {
  basename: string;
  /** What the page at a pathname still needs before it can render without suspending. */
  prepare: (pathname: string) => TrackedPromise<unknown>;
  children: ReactNode;
}

/**
 * The browser's router: React Router's <Router> over the browser's history, as <BrowserRouter> is,
 * with two differences that make the next step appear in the frame of the click.
 * - <BrowserRouter> makes every move a React transition, which renders the next page in 5 ms slices
 *   over several frames: on a slow phone that alone put 60 to 110 ms between the click and the next
 *   step. Here a move to a page whose texts and code are here renders at once. A move to a page that
 *   still downloads something keeps the current page on screen until it has arrived (as a transition
 *   would), then renders at once too.
 * - The address is written after the new page is painted (see paint-first-history.ts).
 */
export function AppRouter({ basename, prepare, children }: AppRouterProps) {
  const [history] = useState(createPaintFirstHistory);
  const [shown, setShown] = useState<Move>(history.initial);
  useLayoutEffect(() => {
    let latest = 0;
    return history.listen((move) => {
      const current = ++latest;
      // A later move wins over one still waiting for its page.
      const show = () => {
        if (current === latest) setShown(move);
      };
      const ready = prepare(move.location.pathname);
      if (ready.status === 'fulfilled') show();
      // A page that failed to load is shown all the same: its error boundary says what went wrong.
      else void ready.then(show, show);
    });
  }, [history, prepare]);
  return (
    <Router basename={basename} location={shown.location} navigationType={shown.action} navigator={history.navigator} useTransitions={false}>
      {children}
    </Router>
  );
}
