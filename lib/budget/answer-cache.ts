import "server-only";

// Copies of upstream answers, kept a short while so that what one user (or one replica) just fetched
// spares the next the call: in this process when the database is embedded, in the database when
// replicas share a server (answer-table.ts). Only whole JSON answers of GETs are kept (caching-fetch.ts).

export type CachedAnswer = { status: number; headers: [string, string][]; body: string; storedAt: number };

export type AnswerCache = {
  get(key: string, now: number): Promise<CachedAnswer | null>;
  put(key: string, answer: CachedAnswer, until: number): Promise<void>;
  /** Forgets every copy whose key starts with `prefix` (a message's answers, once an action changed it). */
  forget(prefix: string): Promise<void>;
};

/** The process's own copies, bounded by their total size: past it, the oldest stored go first. */
export class MemoryAnswerCache implements AnswerCache {
  private readonly entries = new Map<string, { answer: CachedAnswer; until: number; size: number }>();
  private size = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string, now: number): Promise<CachedAnswer | null> {
    const entry = this.entries.get(key);
    if (entry && now >= entry.until) this.remove(key);
    return Promise.resolve(entry && now < entry.until ? entry.answer : null);
  }

  put(key: string, answer: CachedAnswer, until: number): Promise<void> {
    this.remove(key);
    const size = answer.body.length * 2 + 512;
    if (size > this.maxBytes) return Promise.resolve();
    while (this.size + size > this.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.remove(oldest.value);
    }
    this.entries.set(key, { answer, until, size });
    this.size += size;
    return Promise.resolve();
  }

  forget(prefix: string): Promise<void> {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.remove(key);
    return Promise.resolve();
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.size;
  }
}
