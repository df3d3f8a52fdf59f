// Failed sign-ins per user name, so a password cannot be guessed at the speed of the server. Keyed by
// the name alone, not the client address: without a trusted proxy X-Forwarded-For is whatever the
// guesser sends. The price is that someone can hold one account's sign-in shut for the window; its
// owner can still use single sign-on, and the failures are in the audit log.

export type ThrottleOptions = {
  /** Failures allowed per name within the window; the next attempt is refused unchecked. */
  limit: number;
  windowMs: number;
  /** Names remembered at most, so a flood of made-up names cannot fill the memory. */
  maxNames?: number;
  now?: () => number;
};

export class SignInThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly now: () => number;

  constructor(private readonly options: ThrottleOptions) {
    this.now = options.now ?? Date.now;
  }

  /** How long until `name` may try again; 0 when it may now. */
  retryAfterMs(name: string): number {
    const recent = this.recent(keyOf(name));
    const oldest = recent[0];
    if (oldest === undefined || recent.length < this.options.limit) return 0;
    return oldest + this.options.windowMs - this.now();
  }

  recordFailure(name: string): void {
    const key = keyOf(name);
    const recent = this.recent(key);
    recent.push(this.now());
    // Re-inserted, so the Map's order is least recently failed first.
    this.failures.delete(key);
    this.failures.set(key, recent);
    const maxNames = this.options.maxNames ?? 10_000;
    for (const stale of this.failures.keys()) {
      if (this.failures.size <= maxNames) break;
      this.failures.delete(stale);
    }
  }

  /** A successful sign-in forgets the failures before it. */
  reset(name: string): void {
    this.failures.delete(keyOf(name));
  }

  private recent(key: string): number[] {
    const since = this.now() - this.options.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }
}

function keyOf(name: string): string {
  return name.trim().toLowerCase();
}
