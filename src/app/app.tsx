import { Suspense } from 'react';
import { useRoutes } from 'react-router';
import { routes } from './routes';

/** The site's pages for the router around it: BrowserRouter in the browser, StaticRouter in the prerender. */
export function App() {
  // A page whose texts or code are not here yet suspends; above the language frame, this waits.
  return <Suspense>{useRoutes(routes)}</Suspense>;
}
