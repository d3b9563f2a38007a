/**
 * The path dist/ is served at ("/" or "/some/sub/path/"). The app's scripts live in <site root>/assets/,
 * whichever chunk this module ends up in, so the root is one level up from it. The dev server serves
 * the site at its root, and this module from src/app/.
 */
export const siteRoot = import.meta.env.DEV ? '/' : new URL(/* @vite-ignore */ '../', import.meta.url).pathname;
