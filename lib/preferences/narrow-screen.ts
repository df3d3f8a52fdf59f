import { useSyncExternalStore } from "react";

// Under Tailwind's `sm` (640 px) the results are cards rather than a table. Read in the browser only: the
// server, and the first render while hydrating, assume a wide screen.

const NARROW = "(max-width: 639.98px)";

function subscribe(listener: () => void): () => void {
  const media = window.matchMedia(NARROW);
  media.addEventListener("change", listener);
  return () => media.removeEventListener("change", listener);
}

export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW).matches,
    () => false,
  );
}
