/**
 * The path dist/ is served at ("/" or "/some/sub/path/"). The app's scripts live in <site root>/assets/,
 * whichever chunk this module ends up in, so the root is one level up from it. The dev server serves
 * the site at its root. A function: Node (the prerender) has neither a page nor import.meta.env.
 */
export const siteRoot = (): string => (import.meta.env.DEV ? '/' : new URL(/* @vite-ignore */ '../', import.meta.url).pathname);
