import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useLinkClickHandler, useLocation } from 'react-router';
import { relativeHref } from '@/site/paths';

interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A path from the site root, from `paths`. */
  to: string;
  /** Runs before a client-side navigation (and before a plain one when JS is on). */
  onNavigate?: () => void;
  replace?: boolean;
}

/**
 * A real <a href> with a relative address, so the page works without JavaScript and under any
 * sub-path; with JavaScript the router takes the click (React Router's <Link> would write an
 * absolute href that breaks under a sub-path).
 */
export function AppLink({ to, onNavigate, replace, onClick, children, ...rest }: AppLinkProps) {
  const { pathname } = useLocation();
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to, { replace, preventScrollReset: false });
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented) return;
    onNavigate?.();
    navigate(event);
  };
  return (
    <a {...rest} href={relativeHref(pathname, to)} onClick={handleClick}>
      {children}
    </a>
  );
}
