import { createHash } from "node:crypto";
import { ExpiringCache } from "./expiring-cache";

// Failed sign-ins per user name, so a password cannot be guessed at the speed of the server. Keyed by
// the name alone, not the client address: without a trusted proxy X-Forwarded-For is whatever the
// guesser sends. The price is that someone can hold one account's sign-in shut for the window; its
// owner can still use single sign-on, and the failures are in the audit log.
//
// Names still counting and names shut are kept apart, each store bounded: a flood of failures with
// made-up names can push counting names out (they lose a few failures), never a shut one. Keys are
// digests of the name, so an entry costs the same few bytes however long the name sent was.

export type ThrottleOptions = {
  /** Failures allowed per name within the window; the next attempt is refused unchecked. */
  limit: number;
  windowMs: number;
  /** Names counted at most (those below the limit); the least recently failed goes first. */
  maxCounting?: number;
  /**
   * Names shut at most. Shutting one takes `limit` failures, each a password check, and those are
   * rationed (lib/auth/sign-in-gate.ts), so this is out of a guesser's reach within a window.
   */
  maxShut?: number;
  now?: () => number;
};

export class SignInThrottle {
  /** Each counting name's failures within the window. */
  private readonly counting: ExpiringCache<number[]>;
  /** Each shut name's end of refusal. */
  private readonly shut: ExpiringCache<number>;
  private readonly now: () => number;

  constructor(private readonly options: ThrottleOptions) {
    this.counting = new ExpiringCache(options.maxCounting ?? 10_000);
    this.shut = new ExpiringCache(options.maxShut ?? 10_000);
    this.now = options.now ?? Date.now;
  }

  /** How long until `name` may try again; 0 when it may now. */
  retryAfterMs(name: string): number {
    const now = this.now();
    const until = this.shut.get(keyOf(name), now);
    return until === undefined ? 0 : until - now;
  }

  /** Counts a failure; the one that reaches the limit shuts the name until its oldest failure leaves the window. */
  recordFailure(name: string): void {
    const key = keyOf(name);
    const now = this.now();
    const recent = [...(this.counting.get(key, now) ?? []).filter((at) => at > now - this.options.windowMs), now];
    const oldest = recent[0] ?? now;
    if (recent.length < this.options.limit) {
      // Set anew, so when the names are too many the least recently failed goes first.
      this.counting.set(key, recent, now + this.options.windowMs);
      return;
    }
    this.counting.delete(key);
    this.shut.set(key, oldest + this.options.windowMs, oldest + this.options.windowMs);
  }

  /** A successful sign-in forgets the failures before it. */
  reset(name: string): void {
    const key = keyOf(name);
    this.counting.delete(key);
    this.shut.delete(key);
  }

  get size(): { counting: number; shut: number } {
    return { counting: this.counting.size, shut: this.shut.size };
  }
}

/** A name as the throttle keys it: trimmed, lower-cased, digested (an entry costs the same for any name). */
export function keyOf(name: string): string {
  return createHash("sha256").update(name.trim().toLowerCase()).digest("base64url");
}
