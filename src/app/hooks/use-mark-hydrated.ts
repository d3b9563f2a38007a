import { useEffect } from 'react';

/** Marks <html data-hydrated> once the app runs, for tests and for CSS that needs JavaScript. */
export function useMarkHydrated(): void {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
}
