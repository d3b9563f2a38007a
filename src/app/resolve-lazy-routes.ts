import { matchRoutes, type RouteObject } from 'react-router';

/**
 * Loads the code of the lazy routes that match `pathname` and puts it into the route objects, so that
 * the first render (hydration) has every component at once instead of a fallback that would not match
 * the prerendered HTML. Later navigations load lazy routes as React Router does.
 */
export async function resolveLazyRoutes(routes: RouteObject[], pathname: string, basename: string): Promise<void> {
  const matches = matchRoutes(routes, pathname, basename) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded);
      delete route.lazy;
    }),
  );
}
