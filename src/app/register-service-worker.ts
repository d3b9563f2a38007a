/**
 * Offline support: registers dist/sw.js for the whole site once the page has loaded, so that the
 * worker's downloads never compete with the first view. Not in development, where there is no sw.js.
 */
export function registerServiceWorker(siteRoot: string): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // A page of an older build that misses one of its files (a new build replaced them) reloads,
  // which brings the new build whole: never a page of one build with files of another.
  window.addEventListener('vite:preloadError', () => window.location.reload());
  const register = () => {
    navigator.serviceWorker.register(`${siteRoot}sw.js`, { scope: siteRoot }).catch(() => {
      // No offline support (private mode, blocked by policy): the site works as before.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
