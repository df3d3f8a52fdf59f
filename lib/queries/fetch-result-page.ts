import type { PendingSearch } from "@/lib/investigate/result-page";
import { asPendingSearch, asResultPage } from "./api-answers";
import { pageRows, type ResultRow } from "./result-row";
import { readApiError, ApiRequestError } from "./api-request-error";
import { routes } from "@/lib/routes";
import { ANSWER_AGE_HEADER, FRESH_ANSWER_HEADER } from "@/lib/http/answer-headers";

// One page of a search from our API, waiting out its 202 answers: GET /api/messages, then the Location
// it names until the rows are ready. Cancelling (the signal) stops the polling at once.

export type FetchedPage = {
  rows: ResultRow[];
  next: string | null;
  /** Served from the server's kept copy of Cloudflare's answer, this many seconds old; null: fresh. */
  answerAgeSeconds: number | null;
};

export type FetchSearchOptions = {
  signal?: AbortSignal;
  /** Called on each 202, so the page can say "still searching". */
  onPending?: (pending: PendingSearch) => void;
  fetchImpl?: typeof fetch;
  /** Ask the server for Cloudflare's answer now, not a kept copy (the Refresh button). */
  fresh?: boolean;
  /** Overridable for tests; the API says how long to wait, bounded here to 1–30 s. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
};

export async function fetchResultPage(apiQuery: URLSearchParams, options: FetchSearchOptions = {}): Promise<FetchedPage> {
  const { signal, onPending, fetchImpl = fetch, sleep = abortableSleep, fresh = false } = options;
  const headers: Record<string, string> = fresh ? { Accept: "application/json", [FRESH_ANSWER_HEADER]: "1" } : { Accept: "application/json" };
  const get = (url: string) => fetchImpl(url, { signal, headers, cache: "no-store" });

  const response = await followPending(await get(routes.api.search(apiQuery.toString())), get, { signal, onPending, sleep });
  if (!response.ok) throw await readApiError(response);

  const page = asResultPage(await response.json().catch(() => null));
  if (!page) throw new ApiRequestError("The server answered with results the page cannot read.", response.status, { code: "internal" });
  const age = Number.parseInt(response.headers.get(ANSWER_AGE_HEADER) ?? "", 10);
  return { rows: pageRows(page.messages, page.unreadable, apiQuery.get("cursor") ?? "first"), next: page.next, answerAgeSeconds: Number.isFinite(age) && age >= 0 ? age : null };
}

/**
 * Follows our API's 202 answers (a search Cloudflare is still running) to the answer that ends them:
 * the Location each one names, asked again as late as it says.
 */
export async function followPending(
  first: Response,
  get: (url: string) => Promise<Response>,
  { signal, onPending, sleep = abortableSleep }: Pick<FetchSearchOptions, "signal" | "onPending" | "sleep">,
): Promise<Response> {
  let response = first;
  while (response.status === 202) {
    const pending = asPendingSearch(await response.json().catch(() => null));
    if (!pending) throw new ApiRequestError("The server said the search is still running but not where to follow it.", 202, { code: "internal" });
    onPending?.(pending);
    // The server's polls back off as the search ages, up to 30 s apart; it says how long in each 202.
    await sleep(Math.min(30, Math.max(1, pending.retryAfterSeconds)) * 1000, signal);
    response = await get(pending.location);
  }
  return response;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : new DOMException("Aborted", "AbortError"));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException("Aborted", "AbortError"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
