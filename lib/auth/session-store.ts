import "server-only";

/**
 * Sessions ended before their time — signed out — and so refused although their cookies still decrypt.
 * An entry is needed only until `until`, when the session would have ended anyway (its absolute
 * timeout). Asynchronous, so a store shared by several replicas (a database) fits the same shape.
 */
export type SessionStore = {
  end(id: string, until: number): Promise<void>;
  isEnded(id: string): Promise<boolean>;
};

/**
 * The store of one server process. Bounded: past `maxEntries` it forgets first what has run out, then
 * the session nearest its own absolute timeout, the one whose cookie has least left to live.
 */
export class MemorySessionStore implements SessionStore {
  private readonly ended = new Map<string, number>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  end(id: string, until: number): Promise<void> {
    const known = this.ended.get(id);
    if (until > this.now() && (known === undefined || until > known)) {
      if (known === undefined && this.ended.size >= this.maxEntries) this.makeRoom();
      this.ended.set(id, until);
    }
    return Promise.resolve();
  }

  isEnded(id: string): Promise<boolean> {
    const until = this.ended.get(id);
    if (until === undefined) return Promise.resolve(false);
    if (this.now() < until) return Promise.resolve(true);
    this.ended.delete(id);
    return Promise.resolve(false);
  }

  get size(): number {
    return this.ended.size;
  }

  private makeRoom(): void {
    const now = this.now();
    let soonest: { id: string; until: number } | undefined;
    for (const [id, until] of this.ended) {
      if (until <= now) this.ended.delete(id);
      else if (!soonest || until < soonest.until) soonest = { id, until };
    }
    if (this.ended.size >= this.maxEntries && soonest) this.ended.delete(soonest.id);
  }
}
