// The interface's words: one file per namespace and language in locales/. "common" is on every page;
// the others each on their own page, so that a step downloads neither. The steps' own words are not
// here: they travel in the files of step texts (text-files.ts).
export const NAMESPACES = ['common', 'diagnose', 'request'] as const;
export type Namespace = (typeof NAMESPACES)[number];
export type PageNamespace = Exclude<Namespace, 'common'>;
