import { randomUUID } from "node:crypto";

// Searches answered with 202, waiting to be polled. How long upstream keeps results is not public
// (docs/cloudflare-api.md#slow-search); here a search lives ten minutes after it was last polled.

const TTL_MS = 10 * 60_000;
const MAX_SEARCHES = 1000;

export type Readiness = { readonly type: "time"; readonly readyAt: number } | { readonly type: "polls"; pollsLeft: number } | { readonly type: "never" };

export type HeldSearch = {
  readonly id: string;
  /** The query string of the original search, parsed again when the poll is ready. */
  readonly query: string;
  readonly readiness: Readiness;
  /** A Location to send verbatim instead of ours (the `location` fault). */
  readonly location: string | null;
  expiresAt: number;
};

export class PendingSearches {
  private readonly searches = new Map<string, HeldSearch>();

  constructor(private readonly clock: () => number = Date.now) {}

  create(query: string, readiness: Readiness, location: string | null): HeldSearch {
    if (this.searches.size >= MAX_SEARCHES) {
      const oldest = this.searches.keys().next().value;
      if (oldest !== undefined) this.searches.delete(oldest);
    }
    const search: HeldSearch = { id: randomUUID(), query, readiness, location, expiresAt: this.clock() + TTL_MS };
    this.searches.set(search.id, search);
    return search;
  }

  get(id: string): HeldSearch | undefined {
    const search = this.searches.get(id);
    if (!search) return undefined;
    if (search.expiresAt <= this.clock()) {
      this.searches.delete(id);
      return undefined;
    }
    search.expiresAt = this.clock() + TTL_MS;
    return search;
  }

  /** Counts one poll; true when this poll gets the results. */
  poll(search: HeldSearch): boolean {
    const { readiness } = search;
    if (readiness.type === "never") return false;
    if (readiness.type === "time") return this.clock() >= readiness.readyAt;
    if (readiness.pollsLeft > 0) {
      readiness.pollsLeft -= 1;
      return false;
    }
    return true;
  }

  clear(): void {
    this.searches.clear();
  }
}
