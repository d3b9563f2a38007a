import { createContext, useContext } from 'react';

/**
 * The prerender's record of what a page rendered: a page that meant to render a step and got the
 * not-found page instead fails the build. The browser has no record to keep.
 */
export interface PageStatus {
  status: number;
}

export const PageStatusContext = createContext<PageStatus | null>(null);

/** Called while rendering (the prerender renders once, with no effects to wait for). */
export function usePageStatus(status: number): void {
  const record = useContext(PageStatusContext);
  if (record) record.status = status;
}
