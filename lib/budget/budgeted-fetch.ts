import "server-only";
import { ApiError } from "@/lib/api/api-error";
import { parseRateLimitHeaders } from "@/lib/cloudflare/rate-limit-headers";
import { parseRetryAfter } from "@/lib/cloudflare/retry-after";
import { coalescingFetch } from "./coalesce";
import { currentUser } from "./current-user";
import type { UpstreamBudget } from "./upstream-budget";

// The Cloudflare client's fetch, wrapped: coalesce identical GETs, then spend the budget for the
// current user, and learn from every answer's Ratelimit and Retry-After. A refusal is an ApiError
// "rate_limited" with Retry-After, thrown before anything is sent.

const MESSAGES = {
  user: "You have used your share of the team's Cloudflare budget for now; try again in a moment so others can keep working.",
  server: "The dashboard has used its Cloudflare budget for the next few minutes; try again shortly.",
  upstream: "Cloudflare asked the dashboard to slow down; every request waits until it allows more.",
} as const;

export type BudgetedFetchOptions = {
  /** Identical GETs in flight are shared (coalesce.ts), each held up to this many bytes; null: not shared. */
  coalesceUpTo?: number | null;
};

export function budgetedFetch(inner: typeof fetch, budget: UpstreamBudget, options: BudgetedFetchOptions = {}): typeof fetch {
  const spending: typeof fetch = async (input, init) => {
    const refusal = budget.acquire(currentUser());
    if (refusal) {
      throw new ApiError("rate_limited", MESSAGES[refusal.reason], { retryAfterSeconds: Math.max(1, Math.ceil(refusal.retryAfterMs / 1000)) });
    }
    const response = await inner(input, init);
    const now = Date.now();
    const reading = parseRateLimitHeaders(response.headers, now);
    if (reading) budget.observeRemaining(reading.remaining, reading.resetSeconds);
    if (response.status === 429) budget.blockFor(parseRetryAfter(response.headers, now) ?? 60_000);
    return response;
  };
  // A streamed answer is never shared: sharing means holding all of it for whoever asks later.
  return options.coalesceUpTo === null ? spending : coalescingFetch(spending, options.coalesceUpTo ?? undefined);
}
