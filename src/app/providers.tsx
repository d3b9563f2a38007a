import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nContext } from '@/shared/i18n';
import { PageStatusContext, type PageStatus } from '@/shared/page-status';
import { SiteContext } from '@/shared/site-context';

interface ProvidersProps {
  i18n: I18n;
  /** The absolute address the site is published at, for canonical and hreflang links. */
  siteUrl?: string;
  /** The prerender's record of what the page rendered (a 404 where a step was meant fails the build). */
  status?: PageStatus;
  /** The router (the browser's, the prerender's or the tests' own) and the app within it. */
  children: ReactNode;
}

/** What every page runs inside, the same for the browser entry, the prerender and the tests. */
export function Providers({ i18n, siteUrl = 'https://fix502.example/', status, children }: ProvidersProps) {
  return (
    <PageStatusContext value={status ?? null}>
      <SiteContext value={{ siteUrl }}>
        <I18nContext value={i18n}>{children}</I18nContext>
      </SiteContext>
    </PageStatusContext>
  );
}
