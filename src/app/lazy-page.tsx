import { use, type ComponentType } from 'react';
import { track, type TrackedPromise } from './tracked-promise';

export interface LazyPage {
  (): React.JSX.Element;
  /** Starts loading the page's code; resolves once it renders without suspending. */
  preload(): Promise<unknown>;
}

/**
 * A page whose code is a chunk of its own. Unlike React.lazy it can be loaded before it renders,
 * and then renders at once: the prerender and the hydration of that page then never suspend, so
 * the HTML holds the page itself and never a fallback with an inline script to swap it in.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: TrackedPromise<ComponentType> | null = null;
  const preload = () => {
    if (!loading) {
      loading = track(load());
      loading.catch(() => (loading = null)); // the next visit tries again
    }
    return loading;
  };
  function Page() {
    const Loaded = use(preload() as Promise<ComponentType>);
    return <Loaded />;
  }
  return Object.assign(Page, { preload });
}
