import { useEffect } from 'react';
import { applyMeta, type PageMeta } from '@/site/page-meta';
import { useSite } from '@/shared/site-context';

/** Keeps <head> (title, language, canonical and hreflang links) in step with client-side navigation. */
export function usePageMeta(meta: PageMeta): void {
  const { siteUrl } = useSite();
  useEffect(() => {
    applyMeta(meta, siteUrl);
  }, [meta, siteUrl]);
}
