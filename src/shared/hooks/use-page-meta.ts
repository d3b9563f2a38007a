import { useEffect } from 'react';
import { applyMeta, type PageMeta } from '@/site/page-meta';
import { useSite } from '@/shared/site-context';
import { afterPaintWhenIdle } from '@/shared/after-paint';

/** Keeps <head> (title, language, canonical and hreflang links) in step with client-side navigation. */
export function usePageMeta(meta: PageMeta): void {
  const { siteUrl } = useSite();
  // The tab's title and the links in <head> are not on the screen: they follow once the page is.
  useEffect(() => afterPaintWhenIdle(() => applyMeta(meta, siteUrl)), [meta, siteUrl]);
}
