// Which searches are waiting on Cloudflare (202) and since when, keyed by query hash. A query's data can
// only hold finished pages, so the "still searching" state lives beside the cache, here.

export type SearchProgress = { since: number; polls: number };

const progress = new Map<string, SearchProgress>();
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export const searchProgress = {
  /** Another 202 for this search; `since` is when the search started, kept from the first call. */
  pending(hash: string, since: number): void {
    const current = progress.get(hash);
    progress.set(hash, { since: current?.since ?? since, polls: (current?.polls ?? 0) + 1 });
    emit();
  },
  done(hash: string): void {
    if (progress.delete(hash)) emit();
  },
  get(hash: string): SearchProgress | undefined {
    return progress.get(hash);
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
