// The server's share of Cloudflare's quota (1,200 calls per five minutes per user, then a five-minute
// block for everyone on the credential). A sliding window of the calls made, a cap for the whole server
// and a fair share per active user, and a stop on every call while Cloudflare says to wait.

export type BudgetOptions = {
  /** Calls per window for the whole server (default 1,000 of Cloudflare's 1,200). */
  limit: number;
  windowMs: number;
  /** The least any active user may spend per window, however many are active. */
  floor?: number;
  /** Calls kept back when Cloudflare's Ratelimit says only this many remain. */
  reserve?: number;
  now?: () => number;
};

export type Refusal = { reason: "server" | "user" | "upstream"; retryAfterMs: number };

export class UpstreamBudget {
  private readonly calls: { at: number; user: string }[] = [];
  private blockedUntil = 0;
  private readonly floor: number;
  private readonly reserve: number;
  private readonly now: () => number;

  constructor(private readonly options: BudgetOptions) {
    this.floor = options.floor ?? Math.max(1, Math.min(options.limit, Math.floor(options.limit / 50)));
    this.reserve = options.reserve ?? 2;
    this.now = options.now ?? Date.now;
  }

  /** Spends one call for `user`, or says why not and for how long. */
  acquire(user: string): Refusal | null {
    const now = this.now();
    this.expire(now);
    if (now < this.blockedUntil) return { reason: "upstream", retryAfterMs: this.blockedUntil - now };
    const oldest = this.calls[0];
    if (oldest && this.calls.length >= this.options.limit) {
      return { reason: "server", retryAfterMs: oldest.at + this.options.windowMs - now };
    }
    const mine = this.calls.filter((call) => call.user === user);
    const firstOfMine = mine[0];
    if (firstOfMine && mine.length >= this.shareFor(user)) {
      return { reason: "user", retryAfterMs: firstOfMine.at + this.options.windowMs - now };
    }
    this.calls.push({ at: now, user });
    return null;
  }

  /** Each active user's share now: the budget split evenly, never below the floor. */
  shareFor(user: string): number {
    const active = new Set(this.calls.map((call) => call.user));
    active.add(user);
    return Math.max(this.floor, Math.floor(this.options.limit / active.size));
  }

  /** Cloudflare's Ratelimit header: stop before its window runs out, until it resets. */
  observeRemaining(remaining: number, resetSeconds: number): void {
    if (remaining <= this.reserve) this.blockFor(resetSeconds * 1000);
  }

  /** A 429 or Retry-After from Cloudflare: no call from anyone until it passes. */
  blockFor(ms: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.now() + Math.max(ms, 1000));
  }

  used(): number {
    this.expire(this.now());
    return this.calls.length;
  }

  private expire(now: number): void {
    while (this.calls[0] && this.calls[0].at <= now - this.options.windowMs) this.calls.shift();
  }
}
