import type { RateLimitConfig } from "../constants";

// Per-credential fixed windows, as Cloudflare documents its global limit: `limit` calls per `windowMs`;
// the call past it starts a block of `blockMs` in which every call is refused (docs/cloudflare-api.md#rate-limits).

export type RateDecision = {
  readonly allowed: boolean;
  readonly remaining: number;
  /** Seconds until the window (or the block) ends. */
  readonly resetSeconds: number;
};

type Bucket = {
  windowStart: number;
  count: number;
  blockedUntil: number;
};

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly config: RateLimitConfig,
    private readonly clock: () => number = Date.now,
  ) {}

  hit(identity: string): RateDecision {
    const now = this.clock();
    const { limit, windowMs, blockMs } = this.config;
    let bucket = this.buckets.get(identity);
    if (!bucket) {
      bucket = { windowStart: now, count: 0, blockedUntil: 0 };
      this.buckets.set(identity, bucket);
    }
    if (bucket.blockedUntil > now) return { allowed: false, remaining: 0, resetSeconds: Math.ceil((bucket.blockedUntil - now) / 1000) };
    if (bucket.blockedUntil !== 0 || now - bucket.windowStart >= windowMs) {
      bucket.windowStart = now;
      bucket.count = 0;
      bucket.blockedUntil = 0;
    }
    bucket.count += 1;
    if (bucket.count > limit) {
      bucket.blockedUntil = now + blockMs;
      return { allowed: false, remaining: 0, resetSeconds: Math.ceil(blockMs / 1000) };
    }
    return { allowed: true, remaining: limit - bucket.count, resetSeconds: Math.ceil((bucket.windowStart + windowMs - now) / 1000) };
  }

  policy(): string {
    return `"default";q=${this.config.limit};w=${Math.ceil(this.config.windowMs / 1000)}`;
  }

  headers(decision: RateDecision): Record<string, string> {
    return { ratelimit: `"default";r=${decision.remaining};t=${decision.resetSeconds}`, "ratelimit-policy": this.policy() };
  }

  reset(): void {
    this.buckets.clear();
  }
}
