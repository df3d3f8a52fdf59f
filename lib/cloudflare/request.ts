import "server-only";
import { retryDelayMs } from "./backoff";
import type { ClientContext } from "./context";
import { isCloudflareError } from "./errors";
import { errorFromAnswer } from "./read-envelope";
import { parseRetryAfter } from "./retry-after";
import { abortError, send, type Answer, type UpstreamRequest } from "./transport";

// A request with Cloudflare's SDK retry policy: 408, 429 and 5xx, and connection failures, are retried
// up to maxRetries times, waiting as Retry-After says or with jittered backoff. Other 4xx are final.
// Timeouts are not retried: a request already waited timeoutMs, and the route's caller is waiting too;
// three timeouts in a row would turn a 20 s answer into a minute. A caller's abort is never retried.
// A Retry-After longer than maxRetryWaitMs fails at once, so the route can hand the wait on as a 429.
// An action is retried only after a 429, when Cloudflare has said it did not act.

/** A 2xx answer (a redirect is followed inside), or the typed error for the last answer. */
export async function request(ctx: ClientContext, upstream: UpstreamRequest): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    let answer: Answer;
    try {
      answer = await send(ctx, upstream);
    } catch (error) {
      if (!isCloudflareError(error) || error.code !== "network" || upstream.action || attempt >= ctx.maxRetries) throw error;
      await pause(ctx, retryDelayMs(attempt, ctx.random), upstream.signal);
      continue;
    }
    if (answer.status >= 200 && answer.status < 300) return answer;

    const error = errorFromAnswer(answer, ctx.secrets, ctx.now());
    if (!isRetryable(answer.status, upstream.action === true) || attempt >= ctx.maxRetries) throw error;
    const askedMs = parseRetryAfter(answer.headers, ctx.now());
    if (askedMs !== null && askedMs > ctx.maxRetryWaitMs) throw error;
    await pause(ctx, askedMs ?? retryDelayMs(attempt, ctx.random), upstream.signal);
  }
}

function isRetryable(status: number, action: boolean): boolean {
  if (action) return status === 429;
  return status === 408 || status === 429 || status >= 500;
}

/** Sleeps through the injected sleep, and turns a caller abort during it into an AbortError. */
export async function pause(ctx: ClientContext, ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) throw abortError(signal);
  try {
    await ctx.sleep(ms, signal);
  } catch (error) {
    if (signal?.aborted) throw abortError(signal);
    throw error;
  }
  if (signal?.aborted) throw abortError(signal);
}
