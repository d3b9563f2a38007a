import { useContext, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { parsePath, UNSAFE_NavigationContext as NavigationContext, useLocation, type Path } from 'react-router';
import { relativeHref } from '@/site/paths';

/** Where a followed link goes with the app running, when that is decided at the click. */
export interface Destination {
  to: string;
  state?: unknown;
}

interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A path from the site root, from `paths`: the link's address. */
  to: string;
  /**
   * Where a click goes instead of `to`, worked out as it is followed (the person's own platform of a
   * step), so that the page need not render again once it knows that.
   */
  destination?: () => Destination;
  /** Runs before a client-side navigation (and before a plain one when JS is on). */
  onNavigate?: () => void;
  replace?: boolean;
  /** History state for the page it opens (client-side navigation only). */
  state?: unknown;
}

/** A click the app takes: the main button, no key held for a new tab or window, no other target. */
const isPlainClick = (event: MouseEvent<HTMLAnchorElement>) =>
  event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey && (!event.currentTarget.target || event.currentTarget.target === '_self');

/** The router's address of a path from the site root: under the site's sub-path, if it has one. */
function underBasename(to: string, basename: string): Partial<Path> {
  const path = parsePath(to);
  if (basename !== '/') path.pathname = path.pathname === '/' ? basename : `${basename.replace(/\/+$/, '')}${path.pathname ?? ''}`;
  return path;
}

/**
 * A real <a href> with a relative address, so the page works without JavaScript and under any
 * sub-path; with JavaScript the router takes the click (React Router's <Link> would write an
 * absolute href that breaks under a sub-path). A link to the page shown replaces it in the history.
 * It hands the move to the router's navigator itself: `useNavigate` costs every link a layout effect
 * and a serialised copy of the route matches at each render, and every click a URL and its checks
 * for relative paths, which these paths from the site root do not need.
 */
export function AppLink({ to, destination, onNavigate, replace, state, onClick, children, ...rest }: AppLinkProps) {
  const location = useLocation();
  const { navigator, basename } = useContext(NavigationContext);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    onNavigate?.();
    if (!isPlainClick(event)) return;
    event.preventDefault();
    const target = destination?.() ?? { to, state };
    const here = `${location.pathname}${location.search}${location.hash}`;
    const move = (replace ?? target.to === here) ? navigator.replace : navigator.push;
    move(underBasename(target.to, basename), target.state);
  };
  return (
    <a {...rest} href={relativeHref(location.pathname, to)} onClick={handleClick}>
      {children}
    </a>
  );
}
