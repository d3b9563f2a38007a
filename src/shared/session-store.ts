// A value kept in this tab's sessionStorage, readable from React with useSyncExternalStore.
// The server snapshot is the empty value, so hydration always matches the prerendered HTML.

export interface SessionStore<T> {
  get(): T;
  set(value: T): void;
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
      try {
        window.sessionStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage full or disabled: the wizard still works, it just forgets.
      }
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    serverSnapshot: () => empty,
  };
}
