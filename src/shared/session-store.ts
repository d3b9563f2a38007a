// A value kept in this tab's sessionStorage, readable from React with useSyncExternalStore.
// The server snapshot is the empty value, so hydration always matches the prerendered HTML.

export interface SessionStore<T> {
  get(): T;
  set(value: T): void;
  /**
   * For a change that the navigation right after it shows (an answer, a platform picked): the readers
   * are not told, as that navigation renders them anew anyway. Telling them would first render the
   * page being left once more, at once and in full, while the click waits for it.
   */
  setBeforeNavigation(value: T): void;
  subscribe(listener: () => void): () => void;
  serverSnapshot(): T;
}

export function createSessionStore<T>(key: string, parse: (raw: string | null) => T, empty: T): SessionStore<T> {
  const listeners = new Set<() => void>();
  let cachedRaw: string | null | undefined;
  let cached = empty;
  const read = (): string | null => {
    try {
      return window.sessionStorage.getItem(key);
    } catch {
      return null; // storage disabled: behave as a fresh tab
    }
  };
  const write = (value: T) => {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or disabled: the wizard still works, it just forgets.
    }
  };
  return {
    get() {
      const raw = read();
      if (raw !== cachedRaw) {
        cachedRaw = raw;
        cached = parse(raw);
      }
      return cached;
    },
    set(value) {
      write(value);
      listeners.forEach((listener) => listener());
    },
    setBeforeNavigation: write,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    serverSnapshot: () => empty,
  };
}
