import "server-only";
import { parseRateLimitHeaders } from "@/lib/cloudflare/rate-limit-headers";
import { parseRetryAfter } from "@/lib/cloudflare/retry-after";
import { BudgetRefusal } from "./budget-refusal";
import { callKind } from "./call-kind";
import { coalescingFetch } from "./coalesce";
import { currentUser } from "./current-user";
import type { Budget } from "./upstream-budget";

// The Cloudflare client's fetch, wrapped: coalesce identical GETs, then spend the budget for the
// current user, and learn from every answer: its Ratelimit and Retry-After, and whether it succeeded.
// A refusal is a BudgetRefusal, thrown before anything is sent.

export type BudgetedFetchOptions = {
  /** Identical GETs in flight are shared (coalesce.ts), each held up to this many bytes; null: not shared. */
  coalesceUpTo?: number | null;
};

export function budgetedFetch(inner: typeof fetch, budget: Budget, options: BudgetedFetchOptions = {}): typeof fetch {
  const spending: typeof fetch = async (input, init) => {
    // A budget of this process answers at once: no tick passes between spending and sending.
    const acquired = budget.acquire(currentUser(), callKind());
    const refusal = acquired instanceof Promise ? await acquired : acquired;
    if (refusal) throw new BudgetRefusal(refusal);
    const sentAt = budget.now();
    const response = await inner(input, init);
    const now = budget.now();
    if (response.status >= 200 && response.status < 300) await budget.succeeded(sentAt);
    const reading = parseRateLimitHeaders(response.headers, now);
    if (reading) await budget.observeRemaining(reading.remaining, reading.resetSeconds, sentAt);
    if (response.status === 429) await budget.blockFor(parseRetryAfter(response.headers, now) ?? 60_000, sentAt);
    return response;
  };
  // A streamed answer is never shared: sharing means holding all of it for whoever asks later.
  return options.coalesceUpTo === null ? spending : coalescingFetch(spending, options.coalesceUpTo ?? undefined);
}
