import { use, type ComponentType } from 'react';
import { track, type TrackedPromise } from './tracked-promise';

export interface LazyComponent {
  (): React.JSX.Element;
  /** Starts loading the component's code; resolves once it renders without suspending. */
  preload(): TrackedPromise<unknown>;
}

/**
 * A component whose code is a chunk of its own (a page, a figure). Unlike React.lazy it can be
 * loaded before it renders, and then renders at once: the prerender and the hydration of a page
 * that shows it never suspend, so the HTML holds the component itself and never a fallback with an
 * inline script to swap it in.
 */
export function lazyComponent(load: () => Promise<ComponentType>): LazyComponent {
  let loading: TrackedPromise<ComponentType> | null = null;
  const preload = () => {
    if (!loading) {
      loading = track(load());
      loading.catch(() => (loading = null)); // the next visit tries again
    }
    return loading;
  };
  function Lazy() {
    const Loaded = use(preload() as Promise<ComponentType>);
    return <Loaded />;
  }
  return Object.assign(Lazy, { preload });
}
