// The URL contract of DESIGN.md, in one place: nobody else builds a path by concatenation.
// Paths here are from the site root ("/en/flush-dns/macos/"); pages turn them into relative
// hrefs so that dist/ works under any sub-path.
import type { Language } from '../tree/languages';

export const paths = {
  languagePicker: () => '/',
  start: (lang: Language) => `/${lang}/`,
  node: (lang: Language, node: string, variant?: string) =>
    variant ? `/${lang}/${node}/${variant}/` : `/${lang}/${node}/`,
  /** The pages that are not steps: their segments are reserved ids (reserved-ids.ts). */
  diagnose: (lang: Language) => `/${lang}/diagnose/`,
  request: (lang: Language) => `/${lang}/request/`,
  checklist: (lang: Language, side: 'visitor' | 'owner') => `/${lang}/checklist/${side}/`,
};

/** Pages a text may link to with [text](page:name), besides steps. */
export const LINKABLE_PAGES = {
  diagnose: paths.diagnose,
  request: paths.request,
  'checklist-visitor': (lang: Language) => paths.checklist(lang, 'visitor'),
  'checklist-owner': (lang: Language) => paths.checklist(lang, 'owner'),
} as const;
export type LinkablePage = keyof typeof LINKABLE_PAGES;

/** The href that leads from the page at `from` to the page at `to`, both root paths ending in "/". */
export function relativeHref(from: string, to: string): string {
  const fromDirs = from.split('/').filter(Boolean);
  const toDirs = to.split('/').filter(Boolean);
  let common = 0;
  while (common < fromDirs.length && common < toDirs.length && fromDirs[common] === toDirs[common]) common++;
  const up = '../'.repeat(fromDirs.length - common);
  const down = toDirs.slice(common).map((dir) => `${dir}/`).join('');
  return up + down || './';
}

/** The same page in another language: the language is always the first segment. */
export function switchLanguage(path: string, lang: Language): string {
  const [, , ...rest] = path.split('/');
  return `/${lang}/${rest.join('/')}`;
}

/** The folder a path's index.html is written to, relative to dist/. */
export function outputFile(path: string): string {
  return `${path.replace(/^\//, '')}index.html`;
}
