import { LANGUAGES, type Language } from '@/tree/languages';
import { LINKABLE_PAGES, paths, stepPath } from './paths';
import { groupAddresses } from '@/tree/platform-groups';
import type { Tree } from '@/tree/types';

export type ExtraPage = 'diagnose' | 'request' | 'checklist-visitor' | 'checklist-owner';

export type SitePage =
  | { kind: 'picker'; path: string }
  | { kind: 'page'; path: string; lang: Language; name: ExtraPage }
  | { kind: 'step'; path: string; lang: Language; nodeId: string; variant: string | null }
  /** A group's address on a step split by release: the step's page, canonical to it, not in the sitemap. */
  | { kind: 'group'; path: string; lang: Language; nodeId: string; variant: null }
  | { kind: 'alias'; path: string; lang: Language; target: string };

/** Every address the site answers: the picker, each (language, node, variant), the other pages, renamed nodes and groups. */
export function sitePages(tree: Tree): SitePage[] {
  const pages: SitePage[] = [{ kind: 'picker', path: paths.languagePicker() }];
  for (const lang of LANGUAGES) {
    for (const node of tree.nodes) {
      pages.push({ kind: 'step', path: stepPath(lang, node.id), lang, nodeId: node.id, variant: null });
      for (const variant of Object.keys(node.variants ?? {})) {
        pages.push({ kind: 'step', path: stepPath(lang, node.id, variant), lang, nodeId: node.id, variant });
      }
      for (const group of groupAddresses(Object.keys(node.variants ?? {}))) {
        pages.push({ kind: 'group', path: stepPath(lang, node.id, group), lang, nodeId: node.id, variant: null });
      }
    }
    for (const name of Object.keys(LINKABLE_PAGES) as ExtraPage[]) {
      pages.push({ kind: 'page', path: LINKABLE_PAGES[name](lang), lang, name });
    }
    for (const [alias, target] of Object.entries(tree.aliases)) {
      pages.push({ kind: 'alias', path: paths.node(lang, alias), lang, target: stepPath(lang, target) });
    }
  }
  return pages;
}
