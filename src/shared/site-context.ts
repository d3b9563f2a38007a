import { createContext, useContext } from 'react';

export interface Site {
  /** The absolute address the site is published at, ending in "/": for canonical and hreflang links. */
  siteUrl: string;
}

export const SiteContext = createContext<Site>({ siteUrl: 'https://fix502.example/' });

export const useSite = () => useContext(SiteContext);
