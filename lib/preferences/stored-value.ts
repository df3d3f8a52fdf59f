import { useSyncExternalStore } from "react";

// A string kept in localStorage that React components can subscribe to. The server (and the first render
// in the browser, during hydration) sees null, so server HTML never depends on what one browser saved.

export type StoredValue = {
  read: () => string | null;
  write: (value: string | null) => void;
  subscribe: (listener: () => void) => () => void;
};

export function storedValue(key: string): StoredValue {
  const listeners = new Set<() => void>();
  return {
    read() {
      try {
        return window.localStorage.getItem(key);
      } catch {
        return null; // Storage disabled (private modes, policies): behave as if nothing was saved.
      }
    },
    write(value) {
      try {
        if (value === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, value);
      } catch {
        // Not saved; the choice still applies until the page is closed.
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) listener();
      };
      window.addEventListener("storage", onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener("storage", onStorage);
      };
    },
  };
}

const serverSnapshot = () => null;

/** The saved string, or null on the server and before hydration. */
export function useStoredValue(store: StoredValue): string | null {
  return useSyncExternalStore(store.subscribe, store.read, serverSnapshot);
}

const noSubscription = () => () => {};
const clientSnapshot = () => true;
const serverFalse = () => false;

/** False on the server and during hydration, true afterwards: for what only the browser can know. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, clientSnapshot, serverFalse);
}
