import { LONGEST_HONOURED_WAIT_MS } from "@/lib/cloudflare/retry-after";
import type { CallKind } from "./call-kind";

// The server's share of Cloudflare's quota (1,200 calls per five minutes per user, then a five-minute
// block for everyone on the credential). A sliding window of the calls made, a cap for the whole server
// and a fair share per active user, and a stop on every call while Cloudflare says to wait.
//
// That stop blocks every user, so it is bounded: never longer than Cloudflare's own documented block
// (five minutes), whatever a Retry-After or a Ratelimit reset says, and a later 2xx ends it. Nothing
// probes during a block: a probe into a real block only earns another 429 (and may count against the
// quota), and the longest block we honour is the one Cloudflare documents anyway.

export type BudgetOptions = {
  /** Calls per window for the whole server (default 1,000 of Cloudflare's 1,200). */
  limit: number;
  windowMs: number;
  /** The least any active user may spend per window, however many are active. */
  floor?: number;
  /** Calls kept back when Cloudflare's Ratelimit says only this many remain. */
  reserve?: number;
  /** Calls of the window that only actions may spend (default a twentieth of the limit: none below 20). */
  actionRoom?: number;
  /** The longest stop on every call that any one answer can cause (default and most: five minutes). */
  maxBlockMs?: number;
  now?: () => number;
};

/**
 * The options' defaults: the floor of a user's share, the calls kept back, the longest stop, and what
 * reads may spend (the limit but the room kept for actions; all of it when the limit is a single call).
 */
export function budgetRules(options: BudgetOptions): { floor: number; reserve: number; maxBlockMs: number; readLimit: number } {
  const actionRoom = Math.max(0, Math.min(options.actionRoom ?? Math.floor(options.limit / 20), options.limit - 1));
  const readLimit = options.limit - actionRoom;
  return {
    floor: options.floor ?? Math.max(1, Math.min(readLimit, Math.floor(options.limit / 50))),
    reserve: options.reserve ?? 2,
    maxBlockMs: Math.min(options.maxBlockMs ?? LONGEST_HONOURED_WAIT_MS, LONGEST_HONOURED_WAIT_MS),
    readLimit,
  };
}

/** How long one answer stops every call: at least a second, at most the longest stop. */
export function blockLength(ms: number, maxBlockMs: number): number {
  return Math.min(Math.max(ms, 1000), maxBlockMs);
}

/** A budget user that is the server's own background work (the overview's counting), paced to its own share. */
export const BACKGROUND_PREFIX = "background:";
export function isBackground(user: string): boolean {
  return user.startsWith(BACKGROUND_PREFIX);
}

export type Refusal = { reason: "server" | "user" | "upstream"; retryAfterMs: number };

/** What budgetedFetch needs of a budget: this process's own (below) or the one replicas share (shared-budget.ts). */
export type Budget = {
  readonly now: () => number;
  /** Spends one call for `user`: a read within the limit less the room for actions, an action within the limit. */
  acquire(user: string, kind?: CallKind): Refusal | null | Promise<Refusal | null>;
  succeeded(sentAt: number): void | Promise<void>;
  observeRemaining(remaining: number, resetSeconds: number, sentAt: number): void | Promise<void>;
  blockFor(ms: number, sentAt: number): void | Promise<void>;
};

export class UpstreamBudget implements Budget {
  private readonly calls: { at: number; user: string }[] = [];
  private blockedUntil = 0;
  /** When the latest call whose answer said to stop was sent. */
  private blockSentAt = Number.NEGATIVE_INFINITY;
  private readonly floor: number;
  private readonly reserve: number;
  private readonly maxBlockMs: number;
  private readonly readLimit: number;
  /** The budget's clock: callers stamp a call's sending with it. */
  readonly now: () => number;

  constructor(private readonly options: BudgetOptions) {
    ({ floor: this.floor, reserve: this.reserve, maxBlockMs: this.maxBlockMs, readLimit: this.readLimit } = budgetRules(options));
    this.now = options.now ?? Date.now;
  }

  /** Spends one call for `user`, or says why not and for how long. */
  acquire(user: string, kind: CallKind = "read"): Refusal | null {
    const now = this.now();
    this.expire(now);
    if (now < this.blockedUntil) return { reason: "upstream", retryAfterMs: this.blockedUntil - now };
    const oldest = this.calls[0];
    if (oldest && this.calls.length >= (kind === "action" ? this.options.limit : this.readLimit)) {
      return { reason: "server", retryAfterMs: oldest.at + this.options.windowMs - now };
    }
    const mine = this.calls.filter((call) => call.user === user);
    const firstOfMine = mine[0];
    if (kind === "read" && firstOfMine && mine.length >= this.shareFor(user)) {
      return { reason: "user", retryAfterMs: firstOfMine.at + this.options.windowMs - now };
    }
    this.calls.push({ at: now, user });
    return null;
  }

  /**
   * Each active user's share of reads now: what reads may spend split evenly between the people active,
   * never below the floor. Background work (isBackground) paces itself and is not one of them.
   */
  shareFor(user: string): number {
    const active = new Set(this.calls.map((call) => call.user).filter((one) => !isBackground(one)));
    if (!isBackground(user)) active.add(user);
    return Math.max(this.floor, Math.floor(this.readLimit / Math.max(1, active.size)));
  }

  /** Cloudflare's Ratelimit header on the answer to a call sent at `sentAt`: stop before its window runs out, until it resets. */
  observeRemaining(remaining: number, resetSeconds: number, sentAt = this.now()): void {
    if (remaining <= this.reserve) this.blockFor(resetSeconds * 1000, sentAt);
  }

  /** A 429 or Retry-After on the answer to a call sent at `sentAt`: no call from anyone until it passes (at most maxBlockMs). */
  blockFor(ms: number, sentAt = this.now()): void {
    this.blockedUntil = Math.max(this.blockedUntil, this.now() + blockLength(ms, this.maxBlockMs));
    this.blockSentAt = Math.max(this.blockSentAt, sentAt);
  }

  /**
   * A 2xx to a call sent at `sentAt`. Sent after every call whose answer said to stop, it shows
   * Cloudflare serving again, and the block ends. One sent earlier proves nothing: Cloudflare may have
   * let it in before its limit tripped.
   */
  succeeded(sentAt: number): void {
    if (sentAt > this.blockSentAt) this.blockedUntil = 0;
  }

  used(): number {
    this.expire(this.now());
    return this.calls.length;
  }

  private expire(now: number): void {
    while (this.calls[0] && this.calls[0].at <= now - this.options.windowMs) this.calls.shift();
  }
}
