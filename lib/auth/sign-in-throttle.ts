import { ExpiringCache } from "./expiring-cache";

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
  /** Each name's failures within the window; a name leaves when its last failure does. */
  private readonly failures: ExpiringCache<number[]>;
  private readonly now: () => number;

  constructor(private readonly options: ThrottleOptions) {
    this.failures = new ExpiringCache(options.maxNames ?? 10_000);
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
    const now = this.now();
    // Set anew, so when the names are too many the least recently failed goes first.
    this.failures.set(key, [...this.recent(key), now], now + this.options.windowMs);
  }

  /** A successful sign-in forgets the failures before it. */
  reset(name: string): void {
    this.failures.delete(keyOf(name));
  }

  private recent(key: string): number[] {
    const now = this.now();
    return (this.failures.get(key, now) ?? []).filter((at) => at > now - this.options.windowMs);
  }
}

function keyOf(name: string): string {
  return name.trim().toLowerCase();
}
