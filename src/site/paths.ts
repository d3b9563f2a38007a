// Every address of the site, in one place: each page's pattern below /{lang}/ (the router's), and the
// path built from it. Paths are from the site root ("/en/flush-dns/macos/"); pages turn them into
// relative hrefs so that dist/ works under any sub-path.
import type { Side } from '@/tree/graph';
import { isLanguage, type Language } from '@/tree/languages';
import { tree } from './content';

/** The first segment of every page but the site root's picker. */
export const LANGUAGE_SEGMENT = ':lang';

/** The router's patterns, below the language's segment. */
export const ROUTES = {
  start: '',
  diagnose: 'diagnose',
  request: 'request',
  checklist: 'checklist/:side',
  step: ':nodeId',
  stepVariant: ':nodeId/:variant',
} as const;

/** "/en/" + a pattern with its parameters filled in + "/". */
function at(lang: Language, pattern: string, params: Record<string, string> = {}): string {
  const filled = pattern.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${pattern}: no value for ":${name}"`);
    return value;
  });
  return filled ? `/${lang}/${filled}/` : `/${lang}/`;
}

export const paths = {
  languagePicker: () => '/',
  start: (lang: Language) => at(lang, ROUTES.start),
  /** The address a node was shared at: a renamed node's old id, say. */
  node: (lang: Language, node: string, variant?: string) =>
    variant ? at(lang, ROUTES.stepVariant, { nodeId: node, variant }) : at(lang, ROUTES.step, { nodeId: node }),
  diagnose: (lang: Language) => at(lang, ROUTES.diagnose),
  request: (lang: Language) => at(lang, ROUTES.request),
  checklist: (lang: Language, side: Side) => at(lang, ROUTES.checklist, { side }),
};

/** A step's address: the start question lives at /{lang}/ only, every other node at /{lang}/{id}/. */
export function stepPath(lang: Language, id: string, variant?: string | null): string {
  return id === tree.start ? paths.start(lang) : paths.node(lang, id, variant ?? undefined);
}

/** Pages a text may link to with [text](page:name), besides steps. */
export const LINKABLE_PAGES = {
  diagnose: paths.diagnose,
  request: paths.request,
  'checklist-visitor': (lang: Language) => paths.checklist(lang, 'visitor'),
  'checklist-owner': (lang: Language) => paths.checklist(lang, 'owner'),
} as const;
export type LinkablePage = keyof typeof LINKABLE_PAGES;

/** What validateTree must know of the addresses: which ids a page's segment takes, which pages texts may link to. */
export const SITE_NAMES = {
  // A node with one of these ids would sit where a page of the site is, under /{lang}/.
  reservedIds: [...new Set(Object.values(ROUTES).map((pattern) => pattern.split('/')[0]!).filter((segment) => segment && !segment.startsWith(':')))],
  pages: Object.keys(LINKABLE_PAGES),
};

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

/**
 * The not-found page, relative to dist/: a language's own (`ru/404.html`, that language first) for a
 * server that can pick one by the address, else the one of both languages that any static host serves.
 */
export function notFoundFile(lang?: Language): string {
  return lang ? `${lang}/404.html` : '404.html';
}

/** The language an address is in, from its first segment, if it is one of the site's. */
export function languageOfPath(path: string): Language | undefined {
  const segment = path.split('/')[1];
  return isLanguage(segment) ? segment : undefined;
}

/** The folder a path's index.html is written to, relative to dist/. */
export function outputFile(path: string): string {
  return `${path.replace(/^\//, '')}index.html`;
}
