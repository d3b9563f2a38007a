import { useLayoutEffect, useState, type ReactNode } from 'react';
// The history <BrowserRouter> itself makes; React Router exports it with this prefix, as it is not
// meant for its data routers, which this app does not use.
import { UNSAFE_createBrowserHistory as createBrowserHistory, Router, type Location, type NavigationType } from 'react-router';
import type { TrackedPromise } from '@/shared/tracked-promise';

interface AppRouterProps {
  basename: string;
  /** What the page at a pathname still needs before it can render without suspending. */
  prepare: (pathname: string) => TrackedPromise<unknown>;
  children: ReactNode;
}

/**
 * The browser's router: React Router's <Router> over the browser's history, as <BrowserRouter> is,
 * with one difference. <BrowserRouter> makes every move a React transition, which renders the next
 * page in 5 ms slices over several frames: on a slow phone that alone put 60 to 110 ms between the
 * click and the next step. Here a move to a page whose texts and code are here renders at once, in the
 * frame of the click; a move to a page that still downloads something keeps the current page on screen
 * until it has arrived (as a transition would), then renders at once too.
 */
export function AppRouter({ basename, prepare, children }: AppRouterProps) {
  const [history] = useState(() => createBrowserHistory({ v5Compat: true }));
  const [state, setState] = useState<{ action: NavigationType; location: Location }>(() => ({ action: history.action, location: history.location }));
  useLayoutEffect(() => {
    let latest = 0;
    return history.listen(({ action, location }) => {
      const move = ++latest;
      // A later move wins over one still waiting for its page.
      const show = () => {
        if (move === latest) setState({ action, location });
      };
      const ready = prepare(location.pathname);
      if (ready.status === 'fulfilled') show();
      // A page that failed to load is shown all the same: its error boundary says what went wrong.
      else void ready.then(show, show);
    });
  }, [history, prepare]);
  return (
    <Router basename={basename} location={state.location} navigationType={state.action} navigator={history} useTransitions={false}>
      {children}
    </Router>
  );
}
